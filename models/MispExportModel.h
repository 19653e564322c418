#pragma once

#include "models/BatchedTableModel.h"
#include "models/Result.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

#include <optional>

/// One row of MispExportModel: a stored pulse and where it stands with one MISP server.
struct MispExportRow
{
    qint64 pulseRowId = 0;
    QString otxId;
    QString name;
    std::optional<qint64> modifiedMs;
    int revision = 0;
    QString pendingReason; ///< MispPendingReason, empty when not pending
    QString status;        ///< MispExportStatus, empty when never tried
    QString eventId;
    QString eventUuid;
    int sent = 0;
    int accepted = 0;
    int rejected = 0;
    int skipped = 0;
    QString tlpTag;
    bool tlpDefaulted = false;
    std::optional<qint64> exportedMs;
    std::optional<qint64> publishedMs;
    QString lastError;
};

/// Every stored pulse with its export state for one MISP server: pending ones say why, exported
/// ones which event holds them and what MISP accepted. Read lazily in batches from a connection
/// of the GUI thread.
class MispExportModel : public BatchedTableModel<MispExportRow>
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        State,
        Event,
        Sent,
        Accepted,
        Rejected,
        Skipped,
        Tlp,
        Exported,
        Published,
        ErrorText,
        PulseId,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        OtxIdRole = Qt::UserRole + 1, ///< QString: the pulse's OTX id
        PulseRowIdRole,               ///< qint64: pulses.id
        EventIdRole,                  ///< QString: MISP event id, empty if none
        RawValueRole,                 ///< the stored value behind a cell
    };

    enum class Filter
    {
        All,
        Pending,  ///< new, changed, failed or half-done
        Problems, ///< failed, blocked, skipped, or with refused attributes
        Exported, ///< exported and unchanged since
    };

    static constexpr int BATCH_SIZE = 256;

    /// `db` must stay open on this thread for the model's lifetime.
    explicit MispExportModel(QSqlDatabase db, QObject *parent = nullptr);

    /// The MISP server whose export state is shown (its base URL); empty shows none.
    void setServer(const QString &baseUrl);
    QString server() const { return m_server; }
    void setFilter(Filter filter);
    Filter filter() const { return m_filter; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    using BatchedTableModel::rows;

    /// MispExportStore::stats() for the shown server; empty when there is none.
    Result<QJsonObject> stats();

    /// The translated state of a row: "Waiting: never exported", "Exported", ...
    static QString stateText(const MispExportRow &row);

public slots:
    void refresh() override;

signals:
    void queryFailed(const Error &error);

private:
    QList<Row> readBatch(int offset, bool *atEnd) override;

    QSqlDatabase m_db;
    QString m_server;
    Filter m_filter = Filter::All;
};
