// SPDX-License-Identifier: GPL-3.0-or-later
#include "apienvelope.h"

#include "jsondocument.h"
#include "jsonfieldreader.h"
#include "jsonwriter.h"

namespace VendorPack {

namespace {

enum EnvelopeKey {
    EContent,
    ECount,
    ETotalCount,
    EItemsPerPage,
    EStatusCode,
    ERequestId,
    ELogId,
    ESuccess,
    EMessage,
    EExceptionType,
    EValidationErrors,
    EnvelopeKeyCount
};
const char *const kEnvelopeKeys[EnvelopeKeyCount]
    = { "Content", "Count",   "TotalCount", "ItemsPerPage",  "StatusCode",      "RequestId",
        "LogId",   "Success", "Message",    "ExceptionType", "ValidationErrors" };

// Ids and types are short; this only guards against absurd input.
constexpr int kMaxText = 1000;

// {"field": ["message", ...], ...}
void readValidationErrors(JsonFieldReader &reader, int v, QMap<QString, QStringList> &out)
{
    const JsonDocument &doc = reader.document();
    if (doc.type(v) == JsonType::Null)
        return;
    if (doc.type(v) != JsonType::Object) {
        reader.wrongType(v, ApiEnvelope::tr("an object of message lists"));
        return;
    }
    for (int i = 0; i < doc.size(v); ++i) {
        const int key = doc.memberKey(v, i);
        const int list = doc.memberValue(v, i);
        const qsizetype mark = reader.pushKey(key);
        QStringList &messages = out[doc.toString(key)];
        if (doc.type(list) == JsonType::Array) {
            for (int j = 0; j < doc.size(list); ++j) {
                const qsizetype entryMark = reader.pushIndex(j);
                QString text;
                if (reader.readString(doc.element(list, j), QLatin1String("ValidationErrors"), 0,
                                      text)
                    && !text.isNull())
                    messages.append(text);
                reader.pop(entryMark);
            }
        } else if (doc.type(list) == JsonType::String) {
            messages.append(doc.toString(list)); // a single message instead of a list
        } else if (doc.type(list) != JsonType::Null) {
            reader.wrongType(list, ApiEnvelope::tr("an array of messages"));
        }
        reader.pop(mark);
    }
}

} // namespace

void ApiEnvelope::writeFields(JsonWriter &w) const
{
    if (count)
        w.field("Count", *count);
    if (totalCount)
        w.field("TotalCount", *totalCount);
    if (itemsPerPage)
        w.field("ItemsPerPage", *itemsPerPage);
    if (statusCode)
        w.field("StatusCode", *statusCode);
    if (!requestId.isEmpty())
        w.field("RequestId", requestId);
    if (!logId.isEmpty())
        w.field("LogId", logId);
    if (success)
        w.field("Success", *success);
    if (!message.isEmpty())
        w.field("Message", message);
    if (!exceptionType.isEmpty())
        w.field("ExceptionType", exceptionType);
    if (!validationErrors.isEmpty()) {
        w.key("ValidationErrors");
        w.beginObject();
        for (auto it = validationErrors.cbegin(); it != validationErrors.cend(); ++it) {
            const QByteArray name = it.key().toUtf8();
            w.key(name.constData());
            w.beginArray();
            for (const QString &text : it.value())
                w.value(QStringView(text));
            w.endArray();
        }
        w.endObject();
    }
}

QByteArray ApiEnvelope::toJson() const
{
    JsonWriter writer(JsonWriter::Compact);
    writer.beginObject();
    writeFields(writer);
    writer.endObject();
    return writer.take();
}

ApiEnvelope ApiEnvelope::readFrom(JsonFieldReader &reader, int object, int *content)
{
    ApiEnvelope e;
    if (content)
        *content = -1;
    reader.forEachField(object, kEnvelopeKeys, [&](int field, int value, QLatin1String name) {
        switch (EnvelopeKey(field)) {
        case EContent:
            if (content)
                *content = value;
            break;
        case ECount:
            reader.readInteger(value, name, e.count);
            break;
        case ETotalCount:
            reader.readInteger(value, name, e.totalCount);
            break;
        case EItemsPerPage:
            reader.readInteger(value, name, e.itemsPerPage);
            break;
        case EStatusCode:
            reader.readInteger(value, name, e.statusCode);
            break;
        case ERequestId:
            reader.readString(value, name, kMaxText, e.requestId);
            break;
        case ELogId:
            reader.readString(value, name, kMaxText, e.logId);
            break;
        case ESuccess: {
            bool flag = false;
            if (reader.document().type(value) != JsonType::Null
                && reader.readBool(value, name, flag))
                e.success = flag;
            break;
        }
        case EMessage:
            reader.readString(value, name, 0, e.message);
            break;
        case EExceptionType:
            reader.readString(value, name, kMaxText, e.exceptionType);
            break;
        case EValidationErrors:
            readValidationErrors(reader, value, e.validationErrors);
            break;
        case EnvelopeKeyCount:
            break;
        }
    });
    return e;
}

ApiEnvelope ApiEnvelope::read(const QByteArray &json, QString *error)
{
    const JsonDocument doc = JsonDocument::parse(json);
    if (!doc.isValid()) {
        if (error) {
            *error = tr("not JSON (line %1, column %2: %3)")
                         .arg(doc.error().line)
                         .arg(doc.error().column)
                         .arg(doc.error().message);
        }
        return {};
    }
    if (doc.type(JsonDocument::kRoot) != JsonType::Object) {
        if (error) {
            *error = tr("expected a JSON object but found %1")
                         .arg(JsonDocument::typeName(doc.type(JsonDocument::kRoot)));
        }
        return {};
    }
    Findings ignored;
    JsonFieldReader reader(doc, ignored);
    return readFrom(reader, JsonDocument::kRoot);
}

} // namespace VendorPack
