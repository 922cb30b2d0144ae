// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"
#include "apitypes.h"

#include <QList>
#include <QObject>

#include <functional>

namespace VendorPack {

// The handle of one running service call: progress, cancellation and, once finished, the error.
//
// Contract, for every PurchaseOrderService:
// - finished() is emitted exactly once, always from the event loop (never from inside the
//   service method that returned the call, nor from cancel()), so connecting after the call
//   returned is safe. Before it, isFinished() is false; after it, error() and the typed result
//   hold the outcome.
// - The caller owns the call (it has no parent): hold it in a std::unique_ptr, or deleteLater()
//   it in a slot connected to finished(). Deleting a running call cancels it and nothing more is
//   emitted. A call does not depend on the service object that made it (only on the network
//   manager), so it may outlive it.
// - cancel() stops the network work at once; finished() follows with error().kind Cancelled.
// - A command line waits with waitForFinished(), which runs a local event loop; the GUI connects
//   to finished() instead.
class ApiCall : public QObject
{
    Q_OBJECT
public:
    ~ApiCall() override;

    bool isFinished() const { return m_finished; }
    bool isSuccess() const { return m_finished && !m_error.isError(); }
    const ApiError &error() const { return m_error; }

    // Every HTTP exchange this call made so far, in order (for logs and support).
    const QList<ApiTrace> &exchanges() const { return m_exchanges; }
    // Pages done and the total announced by the server (-1 while unknown) of a paged pull;
    // 0 of 1 and then 1 of 1 for the other calls.
    int pagesDone() const { return m_pagesDone; }
    int pagesTotal() const { return m_pagesTotal; }

    // Runs a local event loop until finished() (or until timeoutMs passes, if not negative).
    // For the command line and tests; true when the call has finished. The call must not be
    // deleted while it waits.
    bool waitForFinished(int timeoutMs = -1);

    // Stops the call; finished() follows from the event loop with a Cancelled error. Does
    // nothing once the call has finished.
    void cancel();

    // The service side: implementations of PurchaseOrderService report through these.
    void reportExchange(const ApiTrace &trace);
    void reportProgress(int done, int total);
    // Records the outcome and schedules finished(); later calls are ignored.
    void finish(const ApiError &error = ApiError());
    // Called by cancel() and by the destructor while running: stop the network work.
    void setCancelHandler(std::function<void()> handler) { m_cancelHandler = std::move(handler); }

Q_SIGNALS:
    // Pages done of total (-1: unknown yet), after each page of a paged pull.
    void progressed(int done, int total);
    void finished();

protected:
    explicit ApiCall(QObject *parent);

private:
    void emitFinished();

    ApiError m_error;
    ApiError m_pendingError;
    QList<ApiTrace> m_exchanges;
    std::function<void()> m_cancelHandler;
    int m_pagesDone = 0;
    int m_pagesTotal = -1;
    bool m_finishing = false;
    bool m_finished = false;
};

// A call with a typed result, valid once finished() has been emitted without an error (and
// partly filled after some errors: the pages fetched before a paged pull failed).
template<typename Result>
class ApiResultCall : public ApiCall
{
public:
    explicit ApiResultCall(QObject *parent)
        : ApiCall(parent)
    {
    }

    const Result &result() const { return m_result; }
    // The service side fills it before finish().
    Result &mutableResult() { return m_result; }

private:
    Result m_result;
};

using PurchaseOrdersCall = ApiResultCall<PurchaseOrdersResult>;
using MerchantShipmentsCall = ApiResultCall<MerchantShipmentsResult>;
using WriteCall = ApiResultCall<WriteResult>;
using ShipmentPushCall = ApiResultCall<ShipmentPushResult>;

} // namespace VendorPack
