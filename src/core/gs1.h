// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QLatin1String>
#include <QList>
#include <QString>
#include <QStringView>

namespace VendorPack {

// GS1 facts as free functions: mod-10 check digits, GTIN forms, YYMMDD dates and the Application
// Identifiers (AIs) that a logistic label and a packing-station scanner use.
namespace Gs1 {

// FNC1 as a scanner transmits it between fields: ASCII 29, the group separator.
inline constexpr QChar kGroupSeparator = QChar(char16_t(0x1D));

// True for a non-empty string of ASCII digits 0-9 (other Unicode digits are not GS1 digits).
bool isDigits(QStringView text);

// The GS1 mod-10 check digit for the digits before it: weights 3, 1, 3, ... starting from the
// rightmost digit. -1 for empty input or any non-digit.
int checkDigit(QStringView digitsWithoutCheck);

// At least two digits whose last one is the check digit of the others.
bool hasValidCheckDigit(QStringView digits);

// A GTIN-8, -12, -13 or -14: exactly that many digits, with a valid check digit.
bool isValidGtin(QStringView digits);

// A valid GTIN left-padded with zeros to 14 digits (the check digit stays valid); empty if invalid.
QString normalizeGtin14(QStringView digits);

// A GS1 YYMMDD date. DD may be 00, meaning the last day of the month. The century follows GS1
// General Specifications 7.12: a year 51 to 99 years ahead of referenceYear is in the previous
// century, one 50 to 99 years behind it in the next. An invalid QDate if the text is not a date.
QDate dateFromYymmdd(QStringView yymmdd, int referenceYear);

// One Application Identifier: the data's length, character set and check, and its data title.
struct AiInfo
{
    QLatin1String ai;
    int minLength; // of the data, without the AI
    int maxLength;
    bool numeric; // N (digits) rather than X (GS1 character set 82)
    bool checkDigit; // the data ends in a mod-10 check digit
    bool fixedLength; // predefined length: no FNC1 separator follows it (see isPredefinedLength)
    const char *title; // the data title printed on a logistic label, e.g. "SSCC"
};

// The entry for an AI such as "00" or "3302", or nullptr if the table does not know it. The table
// holds 00, 01, 02, 10, 11, 13, 15, 17, 20, 21, 235, 37, 3100-3105, 3300-3305, 400, 401, 402,
// 403, 410, 413, 420, 421, 90 and 91-99. No AI in it is a prefix of another.
const AiInfo *aiInfo(QStringView ai);

// Every AI in the table, in lexical order.
QList<AiInfo> knownAis();

// Whether an AI is in GS1's table of predefined-length AIs, which end without a separator: those
// starting 00-04, 11-20, 31-36 and 41.
bool isPredefinedLength(QStringView ai);

// Dates in YYMMDD form among the known AIs: 11, 13, 15 and 17.
bool isDateAi(QStringView ai);

// Whether c is in GS1 character set 82, the characters allowed in X (alphanumeric) data.
bool isCset82(QChar c);

} // namespace Gs1

} // namespace VendorPack
