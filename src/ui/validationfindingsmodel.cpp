// SPDX-License-Identifier: GPL-3.0-or-later
#include "validationfindingsmodel.h"

#include "packingicons.h"

#include <QColor>

#include <algorithm>

namespace VendorPack {

ValidationFindingsModel::ValidationFindingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    for (int severity = 0; severity < 3; ++severity)
        m_icons[severity] = PackingIcons::forSeverity(Severity(severity));
}

QString ValidationFindingsModel::severityText(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return tr("Error");
    case Severity::Warning:
        return tr("Warning");
    case Severity::Info:
        break;
    }
    return tr("Note");
}

void ValidationFindingsModel::setFindings(Findings findings, Findings apiFindings)
{
    findings.append(std::move(apiFindings));
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        return int(a.severity) < int(b.severity);
    });
    if (findings == m_findings)
        return;
    beginResetModel();
    m_findings = std::move(findings);
    std::fill(std::begin(m_counts), std::end(m_counts), 0);
    m_apiCount = 0;
    for (const Finding &finding : std::as_const(m_findings)) {
        ++m_counts[int(finding.severity)];
        m_apiCount += isFromApi(finding) ? 1 : 0;
    }
    endResetModel();
}

int ValidationFindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int ValidationFindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ValidationFindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Finding &finding = m_findings[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return severityText(finding.severity);
        case SourceColumn:
            return isFromApi(finding) ? tr("API") : tr("Rules");
        case MessageColumn:
            return finding.message;
        case RuleColumn:
            return finding.rule;
        }
        return QVariant();
    case Qt::DecorationRole:
        return index.column() == SeverityColumn ? QVariant(m_icons[int(finding.severity)])
                                                : QVariant();
    case Qt::ForegroundRole:
        return index.column() == SourceColumn && isFromApi(finding)
            ? QVariant(QColor(0x1a, 0x5f, 0xb4))
            : QVariant();
    case Qt::ToolTipRole:
        if (isFromApi(finding)) {
            return finding.node
                ? tr("ChannelEngine refused the last version sent:\n%1\nat %2 (click to show "
                     "the line)")
                      .arg(finding.message, finding.pointer)
                : tr("ChannelEngine refused the last version sent:\n%1\n%2 (shipment header)")
                      .arg(finding.message, finding.pointer);
        }
        return finding.node ? tr("%1\n%2 at %3 (click to show the line)")
                                  .arg(finding.message, finding.rule, finding.pointer)
                            : tr("%1\n%2 (shipment header)").arg(finding.message, finding.rule);
    case NodeRole:
        return QVariant::fromValue(finding.node);
    case SeverityRole:
        return int(finding.severity);
    case FromApiRole:
        return isFromApi(finding);
    }
    return QVariant();
}

QVariant ValidationFindingsModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case SourceColumn:
        return tr("Source");
    case MessageColumn:
        return tr("Finding");
    case RuleColumn:
        return tr("Rule");
    }
    return QVariant();
}

} // namespace VendorPack
