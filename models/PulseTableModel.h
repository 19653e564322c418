#pragma once

#include "models/BatchedTableModel.h"
#include "models/Pulse.h"
#include "models/PulseFilter.h"
#include "models/Result.h"

#include <QList>
#include <QSet>
#include <QSqlDatabase>

#include <optional>

/// One row of PulseTableModel: the listed columns of a stored pulse.
struct PulseTableRow
{
    qint64 id = 0;
    QString otxId;
    QString name;
    QString author;
    std::optional<qint64> modifiedMs;
    QString tlp;
    QString adversary;
    int indicatorCount = 0;
    QStringList tags;
};

/// The stored pulses, one row each, read lazily in batches from a connection of the GUI thread.
/// Sorting and filtering re-query the database; nothing loads the whole table, so the model
/// stays responsive with 100,000 pulses and millions of indicator links.
class PulseTableModel : public BatchedTableModel<PulseTableRow>
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Author,
        Modified,
        Tlp,
        Adversary,
        IndicatorCount,
        Tags,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        PulseRowIdRole = Qt::UserRole + 1, ///< qint64: pulses.id in the store
        OtxIdRole,                         ///< QString: the 24-hex OTX id
        ModifiedUtcRole,                   ///< QDateTime in UTC (invalid when unknown)
        ModifiedMsRole,                    ///< qint64 ms since the epoch, UTC (null when unknown)
        TagsRole,                          ///< QStringList
    };

    /// Rows read per fetchMore().
    static constexpr int BATCH_SIZE = 256;

    /// `db` must be open and stay valid (and on this thread) for the model's lifetime.
    explicit PulseTableModel(QSqlDatabase db, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    PulseFilter filter() const { return m_filter; }
    /// Re-queries when the filter differs from the current one.
    void setFilter(const PulseFilter &filter);

    /// The order of the last sort(), which re-queries with ORDER BY; ties are broken by the row
    /// id, in the same direction. Empty values sort last, except a missing `modified` time (see
    /// orderBy() in the .cpp).
    using BatchedTableModel::sortColumn;
    using BatchedTableModel::sortOrder;

    /// How many pulses match the filter, counted with a separate query; nothing when the last
    /// count failed. Counting scans the matching pulses, so it runs once per re-query, not per
    /// batch.
    std::optional<qint64> matchingCount() const { return m_matchingCount; }

    /// The row id (pulses.id) of `row`, 0 when out of range.
    qint64 pulseRowId(int row) const;
    /// The row showing `pulseRowId` among those loaded, or -1.
    int rowOfPulse(qint64 pulseRowId) const;

    /// Every field of one pulse (not its indicators), for a detail view.
    Result<Pulse> loadPulse(qint64 pulseRowId) const;

    /// The last query error; empty after a successful query.
    Error lastError() const { return m_lastError; }

public slots:
    /// Reads the first batch again, after a sync or when the filter or order changed.
    void refresh() override;

signals:
    /// After each re-query, with the new count (see matchingCount()).
    void countChanged();
    /// A query failed; `error` says which and why.
    void queryFailed(const Error &error);

private:
    QList<Row> readBatch(int offset, bool *atEnd) override;
    void rowLoaded(const Row &row) override;
    void countMatching();
    void fail(const Error &error);

    QSqlDatabase m_db;
    PulseFilter m_filter;
    QSet<qint64> m_loadedIds; ///< ids of rows(), to skip a pulse that shifted between batches
    std::optional<qint64> m_matchingCount;
    Error m_lastError;
};
