// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHashFunctions>
#include <QMetaType>
#include <QString>
#include <QStringView>

namespace VendorPack {

// A Serial Shipping Container Code: 18 digits (extension digit, GS1 company prefix and serial
// reference, check digit) naming one pallet or carton; a default-constructed Sscc is invalid.
class Sscc
{
    Q_DECLARE_TR_FUNCTIONS(Sscc)

public:
    static constexpr int kLength = 18;
    static constexpr int kMinCompanyPrefixLength = 6;
    static constexpr int kMaxCompanyPrefixLength = 12;

    Sscc() = default;

    // Builds extension digit + company prefix + serial reference zero-padded to fill 16 digits,
    // then the check digit. On bad input returns an invalid Sscc and says why in *error.
    static Sscc compose(int extensionDigit, QStringView companyPrefix, quint64 serialReference,
                        QString *error = nullptr);
    // Exactly 18 digits with a correct check digit, nothing else (no "(00)", no spaces).
    static Sscc fromString(QStringView text, QString *error = nullptr);
    // The check digit of the first 17 digits, -1 if they are not digits.
    static int checkDigitFor17(QStringView digits17);
    // The largest serial reference after a company prefix of that length; 0 outside 6..12.
    static quint64 maxSerial(int companyPrefixLength);

    bool isValid() const { return !m_digits.isEmpty(); }
    QString digits() const { return m_digits; }
    int extensionDigit() const; // -1 if invalid
    int checkDigit() const; // -1 if invalid

    // "(00) 106141411234567897"; empty if invalid.
    QString humanReadable() const;
    // "(00) 1 0614141 123456789 7" for a 7-digit company prefix; the ungrouped form when the
    // length is outside 6..12.
    QString humanReadable(int companyPrefixLength) const;
    // "00" followed by the digits, as encoded in GS1-128; empty if invalid.
    QString elementString() const;

    friend bool operator==(const Sscc &a, const Sscc &b) { return a.m_digits == b.m_digits; }
    friend bool operator!=(const Sscc &a, const Sscc &b) { return !(a == b); }

private:
    explicit Sscc(const QString &digits)
        : m_digits(digits)
    {
    }

    QString m_digits; // 18 valid digits, or empty
};

inline size_t qHash(const Sscc &sscc, size_t seed = 0) noexcept
{
    return qHash(sscc.digits(), seed);
}

} // namespace VendorPack

Q_DECLARE_METATYPE(VendorPack::Sscc)
