#pragma once

#include "models/MispExportStore.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSqlDatabase>

/// What did not make it into one pulse's MISP event: refused, dropped and unsent indicators
/// with the reason for each.
class MispProblemModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Kind,
        OtxType,
        MispType,
        Value,
        Reason,
        ColumnCount
    };
    Q_ENUM(Column)

    /// `db` must stay open on this thread for the model's lifetime.
    explicit MispProblemModel(QSqlDatabase db, QObject *parent = nullptr);

    /// Shows the problems of `pulseRowId` with `server` (a base URL); 0 shows none.
    void setPulse(const QString &server, qint64 pulseRowId);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// "Refused by MISP", "Dropped by MISP", "Not sent".
    static QString kindText(const QString &kind);

signals:
    void queryFailed(const Error &error);

private:
    QSqlDatabase m_db;
    QList<MispExportProblem> m_rows;
};
