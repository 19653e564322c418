#pragma once

#include "models/BatchedTableModel.h"
#include "models/Result.h"

#include <QList>
#include <QSqlDatabase>

#include <array>
#include <optional>

/// One row of SyncHistoryModel: a sync run as stored in sync_runs.
struct SyncHistoryRow
{
    qint64 id = 0;
    QString kind;
    QString query;
    qint64 startedMs = 0;
    std::optional<qint64> finishedMs;
    QString status;
    std::array<qint64, 8> counts{}; ///< Pages .. IndicatorsUnlinked, in column order
    QString error;
    QString keyName;
    bool scheduled = false; ///< started by the scheduler
};

/// Every sync run, newest first unless sorted otherwise, read lazily in batches from a
/// connection of the GUI thread.
class SyncHistoryModel : public BatchedTableModel<SyncHistoryRow>
{
    Q_OBJECT

public:
    enum Column
    {
        Kind,
        Query,
        Started,
        Duration,
        Status,
        Pages,
        PulsesFetched,
        PulsesNew,
        PulsesUpdated,
        PulsesUnchanged,
        IndicatorsNew,
        IndicatorsLinked,
        IndicatorsUnlinked,
        ErrorText,
        KeyName,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        RunIdRole = Qt::UserRole + 1, ///< qint64: sync_runs.id
        RawValueRole, ///< the stored value: "completed", a count, ms since the epoch, ...
    };

    static constexpr int BATCH_SIZE = 256;

    /// `db` must be open and stay valid (and on this thread) for the model's lifetime.
    explicit SyncHistoryModel(QSqlDatabase db, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    using BatchedTableModel::sortColumn;
    using BatchedTableModel::sortOrder;

    /// A short, translated word for a run kind ("full", "incremental", "search", "pulse").
    static QString kindText(const QString &kind);
    /// A short, translated word for a run status.
    static QString statusText(const QString &status);
    /// "850 ms", "12.4 s", "3 min 05 s", "2 h 01 min".
    static QString durationText(qint64 ms);

    Error lastError() const { return m_lastError; }

public slots:
    void refresh() override;

signals:
    void queryFailed(const Error &error);

private:
    QList<Row> readBatch(int offset, bool *atEnd) override;

    QSqlDatabase m_db;
    Error m_lastError;
};
