// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace VendorPack {

// One SQL statement prepared once and executed many times with new values (bulk imports). Owners
// declare it before their Transaction, so that it outlives the rollback (PostgreSQL cannot free
// a prepared statement in an aborted transaction); its owner must not commit after a failure.
class PreparedStatement
{
    Q_DECLARE_TR_FUNCTIONS(PreparedStatement)

public:
    PreparedStatement(const QSqlDatabase &db, const QString &sql)
        : m_query(db)
        , m_sql(sql)
    {
        m_query.setForwardOnly(true);
    }

    bool exec(const QVariantList &values, QString *error)
    {
        if (!m_prepared) {
            if (!m_query.prepare(m_sql))
                return fail(error);
            m_prepared = true;
        }
        for (qsizetype i = 0; i < values.size(); ++i)
            m_query.bindValue(int(i), values.at(i));
        if (!m_query.exec())
            return fail(error);
        return true;
    }

    QSqlQuery &query() { return m_query; }

    // A typed SQL NULL for text and integer columns.
    static QVariant nullText() { return QVariant(QMetaType(QMetaType::QString)); }
    static QVariant nullInteger() { return QVariant(QMetaType(QMetaType::LongLong)); }

private:
    bool fail(QString *error)
    {
        if (error) {
            QString statement = m_sql.simplified();
            if (statement.size() > 80)
                statement = statement.left(77) + QStringLiteral("...");
            const QSqlError sqlError = m_query.lastError();
            QString text = sqlError.databaseText().trimmed();
            if (text.isEmpty())
                text = sqlError.driverText().trimmed();
            *error = tr("SQL error (%1): %2").arg(statement, text.simplified());
        }
        return false;
    }

    QSqlQuery m_query;
    QString m_sql;
    bool m_prepared = false;
};

} // namespace VendorPack
