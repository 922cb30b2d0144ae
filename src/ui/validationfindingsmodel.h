// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/finding.h"

#include <QAbstractTableModel>
#include <QIcon>

namespace VendorPack {

// The open shipment's findings as a table (errors first), each row knowing its node: the packing
// rules' and, marked "API", ChannelEngine's refusal of the last push.
class ValidationFindingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, SourceColumn, MessageColumn, RuleColumn, ColumnCount };
    enum Role {
        NodeRole = Qt::UserRole + 1, // NodeId of the finding, 0 for the header
        SeverityRole, // int(Severity)
        FromApiRole // bool: ChannelEngine's finding, not the rules'
    };
    // The rule id sync gives ChannelEngine's ValidationErrors.
    static constexpr QLatin1String kApiRule { "api.validation" };

    explicit ValidationFindingsModel(QObject *parent = nullptr);

    // The rules' findings, and ChannelEngine's (listed after them within a severity).
    void setFindings(Findings findings, Findings apiFindings = {});
    const Findings &findings() const { return m_findings; }
    int count(Severity severity) const { return m_counts[int(severity)]; }
    int apiCount() const { return m_apiCount; }
    static bool isFromApi(const Finding &finding) { return finding.rule == kApiRule; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString severityText(Severity severity);

private:
    Findings m_findings;
    int m_counts[3] = { 0, 0, 0 };
    int m_apiCount = 0;
    QIcon m_icons[3];
};

} // namespace VendorPack
