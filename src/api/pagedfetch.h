// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apicall.h"
#include "apiexchange.h"

#include <QObject>

#include <functional>
#include <memory>

namespace VendorPack {

// Fetches every page of a list endpoint (pageNumber from 1, pageSize) one after the other,
// reports each exchange and the progress to the call, and finishes it.
class PagedFetch : public QObject
{
    Q_OBJECT
public:
    // What the endpoint's reader found on one page.
    struct Page
    {
        bool readable = false; // false: not JSON, or not an object or array
        QString error; // why not readable
        bool hasEnvelope = false; // false for a bare array
        ApiEnvelope envelope;
        int items = 0; // entries in Content
    };
    // Reads one page's body and keeps its items; pageNumber counts from 1.
    using PageReader = std::function<Page(const QByteArray &body, int pageNumber)>;
    // Called once before the call finishes: the server's last TotalCount, pages read, the last
    // exchange, and what the paging itself noticed (rule "api.paging", a warning: the pages
    // ended with fewer items than TotalCount announced).
    using Summary = std::function<void(qint64 totalCount, int pages, const ApiTrace &last,
                                       const Findings &notes)>;

    PagedFetch(std::shared_ptr<ClientContext> context, ExchangeRequest request, int pageSize,
               int maxPages, PageReader reader, Summary summary, ApiCall *call);

    void start();
    void abort();

private:
    void fetchPage();
    ApiEnvelope readPage(const QByteArray &body, QString *problem);
    void onPageFinished();
    void done(const ApiError &error);

    std::shared_ptr<ClientContext> m_context;
    ExchangeRequest m_request;
    int m_pageSize;
    int m_maxPages;
    PageReader m_reader;
    Summary m_summary;
    ApiCall *m_call;
    ApiExchange *m_exchange = nullptr;
    QList<ApiTrace> m_attempts;
    ApiTrace m_last;
    Page m_current;
    int m_page = 0;
    qint64 m_collected = 0;
    qint64 m_totalCount = -1;
    Findings m_notes;
    bool m_aborted = false;
};

// GET /v2/purchase-orders/shipments/merchant, every page: the query building and page reading
// shared by ChannelEngineClient::fetchMerchantShipments and the push's lookup. Every exchange
// ends by `callDeadline` at the latest.
MerchantShipmentsCall *startMerchantShipmentsFetch(std::shared_ptr<ClientContext> context,
                                                   const MerchantShipmentQuery &query,
                                                   QDeadlineTimer callDeadline
                                                   = QDeadlineTimer(QDeadlineTimer::Forever));

} // namespace VendorPack
