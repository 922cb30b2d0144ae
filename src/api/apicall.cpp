// SPDX-License-Identifier: GPL-3.0-or-later
#include "apicall.h"

#include <QEventLoop>
#include <QTimer>

namespace VendorPack {

ApiCall::ApiCall(QObject *parent)
    : QObject(parent)
{
}

ApiCall::~ApiCall()
{
    if (!m_finishing && m_cancelHandler) {
        const auto handler = std::move(m_cancelHandler);
        handler();
    }
}

bool ApiCall::waitForFinished(int timeoutMs)
{
    if (m_finished)
        return true;
    QEventLoop loop;
    connect(this, &ApiCall::finished, &loop, &QEventLoop::quit);
    QTimer timer;
    if (timeoutMs >= 0) {
        timer.setSingleShot(true);
        connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        timer.start(timeoutMs);
    }
    loop.exec();
    return m_finished;
}

void ApiCall::cancel()
{
    if (m_finishing)
        return;
    if (m_cancelHandler) {
        const auto handler = std::move(m_cancelHandler);
        m_cancelHandler = nullptr;
        handler();
    }
    ApiError error;
    error.kind = ApiError::Kind::Cancelled;
    error.message = tr("cancelled by the user");
    finish(error);
}

void ApiCall::reportExchange(const ApiTrace &trace)
{
    m_exchanges.append(trace);
}

void ApiCall::reportProgress(int done, int total)
{
    if (m_finishing)
        return;
    m_pagesDone = done;
    m_pagesTotal = total;
    Q_EMIT progressed(done, total);
}

void ApiCall::finish(const ApiError &error)
{
    if (m_finishing)
        return;
    m_finishing = true;
    m_cancelHandler = nullptr;
    m_pendingError = error;
    QMetaObject::invokeMethod(this, &ApiCall::emitFinished, Qt::QueuedConnection);
}

void ApiCall::emitFinished()
{
    m_error = m_pendingError;
    m_finished = true;
    Q_EMIT finished();
}

} // namespace VendorPack
