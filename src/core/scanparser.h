// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scan.h"

#include <QCoreApplication>
#include <QStringList>
#include <QStringView>

namespace VendorPack {

// Turns what a keyboard-wedge barcode scanner typed into a typed Scan, refusing anything that
// could be two scans run together rather than guessing.
//
// What parse() accepts, after trimming spaces, tabs and line breaks at both ends:
// - GS1 element strings, with the AIM symbology identifier ]C1 (GS1-128), ]e0 (DataBar), ]d2
//   (DataMatrix) or ]Q3 (QR) or without one, fields separated by ASCII 29 (GS) or the stand-ins
//   <GS> and {GS}. A separator right after a predefined-length field, a leading and a trailing one
//   are tolerated. The AIs are those of Gs1::aiInfo(); every field is checked for length,
//   character set, check digit and date.
// - The human-readable form with parentheses, "(00) 1 0614141 123456789 7",
//   "(01)12345678901231(10)ABC": spaces may follow ")" and sit inside numeric data only. Any
//   text starting with "(" is read this way, so an SKU cannot start with "(".
// - Digits only: 18 with a valid check digit is an SSCC; 8, 12, 13 or 14 with a valid check digit
//   is a GTIN (normalised to GTIN-14); "00" + SSCC (20 digits) and "01" + GTIN-14 (16 digits) are
//   element strings without separators. ]E0 and ]E4 (EAN/UPC) must carry a valid GTIN; other
//   symbology identifiers (]C0, ]A0, ]I0, ]Q1, ...) carry plain data, read as if none was sent.
// - Quantity commands, case-insensitive: Q12, QTY12, QTY:12, QTY=12, *12 (1 to 99999). "Q" or
//   "QTY" followed by six or more digits is not a quantity but an SKU; "QTY:", "QTY=" and "*"
//   always mean a quantity, so anything else after them is Invalid.
// - Anything else printable, without spaces and at most 100 characters, is an SKU.
//
// A scan is the kind of its key: Sscc if it holds AI 00 (even with 02 and 37), else CaseContent
// for 02 (which needs 37 in the same scan: split carriers are not joined), else Gtin for 01.
// An element string without any of them (only a (400) or (420), say) is Invalid.
//
// SKU or Invalid: digits-only input of up to 14 digits that is not a valid GTIN is an SKU,
// because many SKUs are numeric. Digits-only input longer than 14 that is not an SSCC or one of
// the element strings above is Invalid, never an SKU.
//
// Two scans run together are refused ("looks like two scans run together"), never merged:
// - a line break or tab inside the text, or a symbology identifier (]C1, ]E0, ...) after the start;
// - the same AI twice in one element string;
// - more than 14 digits that split exactly into valid GTINs, SSCCs, "00"+SSCC or "01"+GTIN-14
//   (two SSCCs = 36 digits, two GTIN-13 = 26 digits, ...), or that start or end with one;
// - an 18-digit number with a wrong SSCC check digit that starts or ends with a valid GTIN;
// - spaces separating parts that are each a valid scan;
// - an SKU holding more than 14 digits in a row (the rest of a GTIN or SSCC), or made only of
//   whole codes and quantity commands ("6291041500213Q12", "Q12QTY:3");
// - without a symbology identifier, which would prove a single symbol: an SSCC (00) together with
//   a GTIN (01 or 02), and a variable-length field holding more than 14 digits in a row, since
//   both are what a following scan swallowed by the previous one looks like.
// What cannot be told apart without symbology identifiers and a suffix after each scan: a short
// scan swallowed by the variable-length field of the previous one ("(10)ABC" then "02345673"),
// and anything run into or after an SKU ("6291041500213" then "ABC-1"). Configure scanners to
// send AIM identifiers and a CR or Tab suffix.
class ScanParser
{
    Q_DECLARE_TR_FUNCTIONS(ScanParser)

public:
    static constexpr int kMaxScanLength = 200;
    static constexpr int kMaxSkuLength = 100;
    static constexpr int kMaxQuantity = 99999;
    // Longer runs of digits inside an SKU or, without a symbology identifier, inside a
    // variable-length GS1 field are taken as a second scan.
    static constexpr int kMaxDigitRun = 14;

    ScanParser() = delete;

    static Scan parse(QStringView text);
    // Splits keyboard input into scans on CR, LF, CRLF and Tab (scanner suffixes); pieces that
    // are empty or only spaces are dropped, the others are returned untrimmed.
    static QStringList splitScans(QStringView typed);
};

} // namespace VendorPack
