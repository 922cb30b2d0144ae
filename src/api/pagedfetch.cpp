// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagedfetch.h"

#include "apicall.h"
#include "apilog.h"

#include <algorithm>

namespace VendorPack {

PagedFetch::PagedFetch(std::shared_ptr<ClientContext> context, ExchangeRequest request,
                       int pageSize, int maxPages, PageReader reader, Summary summary,
                       ApiCall *call)
    : QObject(call)
    , m_context(std::move(context))
    , m_request(std::move(request))
    , m_pageSize(std::clamp(pageSize, 1, 500))
    , m_maxPages(std::max(1, maxPages))
    , m_reader(std::move(reader))
    , m_summary(std::move(summary))
    , m_call(call)
{
}

void PagedFetch::start()
{
    // Every page of the call shares one deadline (min of the caller's and the policy's).
    m_request.callDeadline = std::min(m_request.callDeadline,
                                      QDeadlineTimer(m_context->settings.retry.totalDeadlineMs));
    fetchPage();
}

void PagedFetch::abort()
{
    m_aborted = true;
    if (m_exchange) {
        m_exchange->abort();
        m_exchange->deleteLater();
        m_exchange = nullptr;
    }
}

void PagedFetch::fetchPage()
{
    ++m_page;
    ExchangeRequest request = m_request;
    request.query.append({ QStringLiteral("pageNumber"), QString::number(m_page) });
    request.query.append({ QStringLiteral("pageSize"), QString::number(m_pageSize) });
    request.readBody
        = [this](const QByteArray &body, QString *problem) { return readPage(body, problem); };
    m_attempts.clear();
    m_current = Page();
    m_exchange = new ApiExchange(m_context, request, this);
    connect(m_exchange, &ApiExchange::attempted, this,
            [this](const ApiTrace &trace) { m_attempts.append(trace); });
    connect(m_exchange, &ApiExchange::finished, this, &PagedFetch::onPageFinished);
    m_exchange->start();
}

ApiEnvelope PagedFetch::readPage(const QByteArray &body, QString *problem)
{
    m_current = m_reader(body, m_page);
    const Page &page = m_current;
    if (!page.readable) {
        *problem = tr("page %1: malformed JSON: %2").arg(m_page).arg(page.error);
    } else if (!page.hasEnvelope) {
        *problem = tr("page %1: a bare array instead of ChannelEngine's envelope "
                      "{\"Content\": [...], \"TotalCount\": ...}")
                       .arg(m_page);
    } else if (!page.envelope.success && !page.envelope.count && !page.envelope.totalCount
               && page.items == 0) {
        *problem = tr("page %1: not ChannelEngine's envelope (no Content, Count, TotalCount or "
                      "Success)")
                       .arg(m_page);
    }
    return page.envelope;
}

void PagedFetch::onPageFinished()
{
    ApiExchange *exchange = m_exchange;
    m_exchange = nullptr;
    exchange->deleteLater();
    if (m_aborted)
        return;

    for (const ApiTrace &trace : std::as_const(m_attempts))
        m_call->reportExchange(trace);
    if (!m_attempts.isEmpty())
        m_last = m_attempts.last();
    if (exchange->error().isError()) {
        done(exchange->error());
        return;
    }

    const Page &page = m_current;
    if (page.envelope.totalCount)
        m_totalCount = *page.envelope.totalCount;
    const qint64 perPage = page.envelope.itemsPerPage && *page.envelope.itemsPerPage > 0
        ? *page.envelope.itemsPerPage
        : m_pageSize;
    m_collected += page.items;
    const qint64 totalPages = m_totalCount >= 0 ? (m_totalCount + perPage - 1) / perPage : -1;
    m_call->reportProgress(m_page,
                           totalPages >= 0 ? int(std::max<qint64>(totalPages, m_page)) : -1);

    bool more = false;
    if (page.items == 0)
        more = false;
    else if (totalPages >= 0)
        more = m_page < totalPages && m_collected < m_totalCount;
    else
        more = page.items >= perPage;
    if (!more) {
        if (m_totalCount >= 0 && m_collected < m_totalCount) {
            Finding short_;
            short_.severity = Severity::Warning;
            short_.rule = QStringLiteral("api.paging");
            short_.message = tr("the pages ended after %1 of the %2 items TotalCount announced "
                                "(page %3 was the last); the list may be incomplete")
                                 .arg(m_collected)
                                 .arg(m_totalCount)
                                 .arg(m_page);
            qCWarning(lcApi).noquote() << short_.message;
            m_notes.append(short_);
        }
        done(ApiError());
        return;
    }
    if (m_page >= m_maxPages) {
        ApiError tooMany;
        tooMany.kind = ApiError::Kind::BadResponse;
        tooMany.subject = m_request.subject;
        tooMany.httpStatus = m_last.httpStatus;
        tooMany.message = tr("more than %1 pages; stopped (%2 of %3 items read)")
                              .arg(m_maxPages)
                              .arg(m_collected)
                              .arg(m_totalCount);
        done(tooMany);
        return;
    }
    fetchPage();
}

void PagedFetch::done(const ApiError &error)
{
    if (m_summary)
        m_summary(std::max<qint64>(m_totalCount, 0), m_page, m_last, m_notes);
    m_call->finish(error);
}

} // namespace VendorPack
