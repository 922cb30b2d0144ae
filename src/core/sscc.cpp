// SPDX-License-Identifier: GPL-3.0-or-later
#include "sscc.h"

#include "gs1.h"

namespace VendorPack {

namespace {

Sscc failWith(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return {};
}

} // namespace

Sscc Sscc::compose(int extensionDigit, QStringView companyPrefix, quint64 serialReference,
                   QString *error)
{
    if (extensionDigit < 0 || extensionDigit > 9)
        return failWith(error,
                        tr("the extension digit must be 0 to 9, not %1").arg(extensionDigit));
    const int prefixLength = int(companyPrefix.size());
    if (prefixLength < kMinCompanyPrefixLength || prefixLength > kMaxCompanyPrefixLength) {
        return failWith(error,
                        tr("a GS1 company prefix has %1 to %2 digits, this has %3")
                            .arg(kMinCompanyPrefixLength)
                            .arg(kMaxCompanyPrefixLength)
                            .arg(prefixLength));
    }
    if (!Gs1::isDigits(companyPrefix))
        return failWith(error, tr("the GS1 company prefix must be digits only"));
    const quint64 maximum = maxSerial(prefixLength);
    if (serialReference > maximum) {
        return failWith(error,
                        tr("serial reference %1 does not fit: after a %2-digit company prefix it "
                           "has %3 digits, so at most %4")
                            .arg(serialReference)
                            .arg(prefixLength)
                            .arg(16 - prefixLength)
                            .arg(maximum));
    }

    QString digits = QString::number(extensionDigit);
    digits.append(companyPrefix);
    digits.append(
        QStringLiteral("%1").arg(serialReference, 16 - prefixLength, 10, QLatin1Char('0')));
    digits.append(QString::number(Gs1::checkDigit(digits)));
    if (error)
        error->clear();
    return Sscc(digits);
}

Sscc Sscc::fromString(QStringView text, QString *error)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c < u'0' || c > u'9') {
            return failWith(
                error,
                tr("an SSCC has only digits, this has \"%1\" at character %2").arg(c).arg(i + 1));
        }
    }
    if (text.size() != kLength) {
        return failWith(error,
                        tr("an SSCC has %1 digits, this has %2").arg(kLength).arg(text.size()));
    }
    const int expected = checkDigitFor17(text.first(kLength - 1));
    const int actual = text.back().unicode() - u'0';
    if (actual != expected) {
        return failWith(error, tr("check digit is %1, expected %2").arg(actual).arg(expected));
    }
    if (error)
        error->clear();
    return Sscc(text.toString());
}

int Sscc::checkDigitFor17(QStringView digits17)
{
    return Gs1::checkDigit(digits17);
}

quint64 Sscc::maxSerial(int companyPrefixLength)
{
    if (companyPrefixLength < kMinCompanyPrefixLength
        || companyPrefixLength > kMaxCompanyPrefixLength)
        return 0;
    quint64 limit = 1;
    for (int i = 0; i < 16 - companyPrefixLength; ++i)
        limit *= 10;
    return limit - 1;
}

int Sscc::extensionDigit() const
{
    return isValid() ? m_digits.front().unicode() - u'0' : -1;
}

int Sscc::checkDigit() const
{
    return isValid() ? m_digits.back().unicode() - u'0' : -1;
}

QString Sscc::humanReadable() const
{
    if (!isValid())
        return {};
    return QLatin1String("(00) ") + m_digits;
}

QString Sscc::humanReadable(int companyPrefixLength) const
{
    if (!isValid())
        return {};
    if (companyPrefixLength < kMinCompanyPrefixLength
        || companyPrefixLength > kMaxCompanyPrefixLength)
        return humanReadable();
    const QChar space = QLatin1Char(' ');
    const QStringView digits(m_digits);
    return QLatin1String("(00) ") + digits.first(1) + space + digits.sliced(1, companyPrefixLength)
        + space + digits.sliced(1 + companyPrefixLength, 16 - companyPrefixLength) + space
        + digits.last(1);
}

QString Sscc::elementString() const
{
    if (!isValid())
        return {};
    return QLatin1String("00") + m_digits;
}

} // namespace VendorPack
