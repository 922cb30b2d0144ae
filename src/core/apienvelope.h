// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace VendorPack {

class JsonFieldReader;
class JsonWriter;

// The ChannelEngine envelope around every answer (ApiResponse; CollectionOf* adds the paging
// fields and Content). Written by the sandbox, read by the client.
struct ApiEnvelope
{
    Q_DECLARE_TR_FUNCTIONS(ApiEnvelope)
public:
    std::optional<qint64> count;
    std::optional<qint64> totalCount;
    std::optional<qint64> itemsPerPage;
    std::optional<qint64> statusCode;
    std::optional<bool> success;
    QString requestId;
    QString logId;
    QString message;
    QString exceptionType;
    QMap<QString, QStringList> validationErrors;

    // Writes the fields that are set (not Content) into an open object, in the API's order.
    void writeFields(JsonWriter &writer) const;
    // A whole bare ApiResponse object.
    QByteArray toJson() const;

    // Reads the envelope fields of an object; unknown fields are reported as warnings through
    // the reader. `content` receives the index of the Content value, or -1.
    static ApiEnvelope readFrom(JsonFieldReader &reader, int object, int *content = nullptr);
    // Reads a bare ApiResponse; `error` says why when the text is not a JSON object.
    static ApiEnvelope read(const QByteArray &json, QString *error = nullptr);
};

} // namespace VendorPack
