// SPDX-License-Identifier: GPL-3.0-or-later
#include "gs1.h"

#include <iterator>

namespace VendorPack {

namespace Gs1 {

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

int digitValue(QChar c)
{
    return c.unicode() - u'0';
}

// Sources: the GS1 Barcode Syntax Dictionary (shared/ref/gs1/gs1-syntax-dictionary.txt), whose
// "*" flag marks the predefined-length AIs; 421 is N3 (ISO 3166 country) followed by X..9.
const AiInfo kAiTable[] = {
    { QLatin1String("00"), 18, 18, true, true, true, "SSCC" },
    { QLatin1String("01"), 14, 14, true, true, true, "GTIN" },
    { QLatin1String("02"), 14, 14, true, true, true, "CONTENT" },
    { QLatin1String("10"), 1, 20, false, false, false, "BATCH/LOT" },
    { QLatin1String("11"), 6, 6, true, false, true, "PROD DATE" },
    { QLatin1String("13"), 6, 6, true, false, true, "PACK DATE" },
    { QLatin1String("15"), 6, 6, true, false, true, "BEST BEFORE or BEST BY" },
    { QLatin1String("17"), 6, 6, true, false, true, "USE BY OR EXPIRY" },
    { QLatin1String("20"), 2, 2, true, false, true, "VARIANT" },
    { QLatin1String("21"), 1, 20, false, false, false, "SERIAL" },
    { QLatin1String("235"), 1, 28, false, false, false, "TPX" },
    { QLatin1String("3100"), 6, 6, true, false, true, "NET WEIGHT (kg)" },
    { QLatin1String("3101"), 6, 6, true, false, true, "NET WEIGHT (kg)" },
    { QLatin1String("3102"), 6, 6, true, false, true, "NET WEIGHT (kg)" },
    { QLatin1String("3103"), 6, 6, true, false, true, "NET WEIGHT (kg)" },
    { QLatin1String("3104"), 6, 6, true, false, true, "NET WEIGHT (kg)" },
    { QLatin1String("3105"), 6, 6, true, false, true, "NET WEIGHT (kg)" },
    { QLatin1String("3300"), 6, 6, true, false, true, "GROSS WEIGHT (kg)" },
    { QLatin1String("3301"), 6, 6, true, false, true, "GROSS WEIGHT (kg)" },
    { QLatin1String("3302"), 6, 6, true, false, true, "GROSS WEIGHT (kg)" },
    { QLatin1String("3303"), 6, 6, true, false, true, "GROSS WEIGHT (kg)" },
    { QLatin1String("3304"), 6, 6, true, false, true, "GROSS WEIGHT (kg)" },
    { QLatin1String("3305"), 6, 6, true, false, true, "GROSS WEIGHT (kg)" },
    { QLatin1String("37"), 1, 8, true, false, false, "COUNT" },
    { QLatin1String("400"), 1, 30, false, false, false, "ORDER NUMBER" },
    { QLatin1String("401"), 1, 30, false, false, false, "GINC" },
    { QLatin1String("402"), 17, 17, true, true, false, "GSIN" },
    { QLatin1String("403"), 1, 30, false, false, false, "ROUTE" },
    { QLatin1String("410"), 13, 13, true, true, true, "SHIP TO LOC" },
    { QLatin1String("413"), 13, 13, true, true, true, "SHIP FOR LOC" },
    { QLatin1String("420"), 1, 20, false, false, false, "SHIP TO POST" },
    { QLatin1String("421"), 4, 12, false, false, false, "SHIP TO POST" },
    { QLatin1String("90"), 1, 30, false, false, false, "INTERNAL" },
    { QLatin1String("91"), 1, 90, false, false, false, "INTERNAL" },
    { QLatin1String("92"), 1, 90, false, false, false, "INTERNAL" },
    { QLatin1String("93"), 1, 90, false, false, false, "INTERNAL" },
    { QLatin1String("94"), 1, 90, false, false, false, "INTERNAL" },
    { QLatin1String("95"), 1, 90, false, false, false, "INTERNAL" },
    { QLatin1String("96"), 1, 90, false, false, false, "INTERNAL" },
    { QLatin1String("97"), 1, 90, false, false, false, "INTERNAL" },
    { QLatin1String("98"), 1, 90, false, false, false, "INTERNAL" },
    { QLatin1String("99"), 1, 90, false, false, false, "INTERNAL" },
};

} // namespace

bool isDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (!isAsciiDigit(c))
            return false;
    }
    return true;
}

int checkDigit(QStringView digitsWithoutCheck)
{
    if (!isDigits(digitsWithoutCheck))
        return -1;
    int sum = 0;
    int weight = 3;
    for (qsizetype i = digitsWithoutCheck.size() - 1; i >= 0; --i) {
        sum += digitValue(digitsWithoutCheck.at(i)) * weight;
        weight = 4 - weight;
    }
    return (10 - sum % 10) % 10;
}

bool hasValidCheckDigit(QStringView digits)
{
    if (digits.size() < 2 || !isDigits(digits))
        return false;
    return checkDigit(digits.chopped(1)) == digitValue(digits.back());
}

bool isValidGtin(QStringView digits)
{
    switch (digits.size()) {
    case 8:
    case 12:
    case 13:
    case 14:
        return hasValidCheckDigit(digits);
    default:
        return false;
    }
}

QString normalizeGtin14(QStringView digits)
{
    if (!isValidGtin(digits))
        return {};
    QString gtin(14 - digits.size(), QLatin1Char('0'));
    gtin.append(digits);
    return gtin;
}

QDate dateFromYymmdd(QStringView yymmdd, int referenceYear)
{
    if (yymmdd.size() != 6 || !isDigits(yymmdd))
        return {};
    const int yy = yymmdd.first(2).toInt();
    const int month = yymmdd.sliced(2, 2).toInt();
    const int day = yymmdd.sliced(4, 2).toInt();
    if (month < 1 || month > 12)
        return {};

    int century = referenceYear - referenceYear % 100;
    const int difference = yy - referenceYear % 100;
    if (difference >= 51)
        century -= 100;
    else if (difference <= -50)
        century += 100;
    const int year = century + yy;

    const QDate first(year, month, 1);
    if (day == 0)
        return QDate(year, month, first.daysInMonth());
    if (day > first.daysInMonth())
        return {};
    return QDate(year, month, day);
}

const AiInfo *aiInfo(QStringView ai)
{
    for (const AiInfo &info : kAiTable) {
        if (ai == info.ai)
            return &info;
    }
    return nullptr;
}

QList<AiInfo> knownAis()
{
    return QList<AiInfo>(std::begin(kAiTable), std::end(kAiTable));
}

bool isPredefinedLength(QStringView ai)
{
    if (ai.size() < 2 || !isDigits(ai.first(2)))
        return false;
    const int prefix = ai.first(2).toInt();
    return prefix <= 4 || (prefix >= 11 && prefix <= 20) || (prefix >= 31 && prefix <= 36)
        || prefix == 41;
}

bool isDateAi(QStringView ai)
{
    return ai == QLatin1String("11") || ai == QLatin1String("13") || ai == QLatin1String("15")
        || ai == QLatin1String("17");
}

bool isCset82(QChar c)
{
    const char16_t u = c.unicode();
    if ((u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9'))
        return true;
    // The punctuation of character set 82: no space, '#', '$', '@', brackets, '\', '^', '`', '|'
    // or '~'.
    static constexpr char16_t kPunctuation[] = u"!\"%&'()*+,-./:;<=>?_";
    for (const char16_t p : kPunctuation) {
        if (p != 0 && p == u)
            return true;
    }
    return false;
}

} // namespace Gs1

} // namespace VendorPack
