#pragma once

#include "models/BatchedTableModel.h"
#include "models/Enrichment.h"
#include "models/EnrichmentStore.h"
#include "models/KeyStore.h"
#include "models/Result.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

/// One row of EnrichmentTableModel: an enriched indicator and its summary.
struct EnrichmentRow
{
    qint64 indicatorId = 0;
    QString type;
    QString value;
    QString status; ///< EnrichStatus
    IndicatorSummary summary;
    qint64 enrichedAtMs = 0;
    QString error;
};

/// The enrichment results: every indicator that was enriched (or tried), with what OTX said of
/// it, filterable by text and type and sortable by every column. Read lazily in batches from a
/// connection of the GUI thread.
class EnrichmentTableModel : public BatchedTableModel<EnrichmentRow>
{
    Q_OBJECT

public:
    enum Column
    {
        Indicator,
        Type,
        Pulses,
        Reputation,
        Country,
        Asn,
        Malware,
        Adversaries,
        EnrichedAt,
        Status,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        IndicatorIdRole = Qt::UserRole + 1, ///< qint64: indicators.id
        RawValueRole,                       ///< the stored value behind a cell
    };

    static constexpr int BATCH_SIZE = 256;

    /// `db` must stay open on this thread for the model's lifetime.
    explicit EnrichmentTableModel(QSqlDatabase db, QObject *parent = nullptr);

    /// Shows indicators whose value contains `text` (any case), of `type` (empty: any).
    void setFilter(const QString &text, const QString &type);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    using BatchedTableModel::rows;

    /// EnrichmentStore::stats() on the model's connection.
    Result<EnrichStats> stats(const QStringList &enrichableTypes, qint64 staleBeforeMs) const;
    /// The OTX keys' metadata (KeyStore::keys()) on the model's connection.
    Result<QList<OtxKeyInfo>> keys() const;
    /// EnrichmentStore::pendingItems() on the model's connection.
    Result<QList<EnrichItem>> pending(const QStringList &types,
                                      qint64 staleBeforeMs,
                                      int limit) const;
    /// The sections stored for an indicator, as received.
    Result<QList<SectionResult>> sections(qint64 indicatorId) const;

public slots:
    void refresh() override;

signals:
    void queryFailed(const Error &error);

private:
    QList<Row> readBatch(int offset, bool *atEnd) override;

    QSqlDatabase m_db;
    QString m_text;
    QString m_type;
};
