#pragma once

#include "models/BatchedTableModel.h"
#include "models/Result.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

/// One row of PulseIndicatorModel: an indicator as linked to the pulse.
struct PulseIndicatorRow
{
    qint64 indicatorId = 0;
    QString type;
    QString value;
    QString title;
    QString description;
    QString role;
    std::optional<qint64> createdMs;
    std::optional<qint64> expirationMs;
    bool active = true;
    /// From the indicator's enrichment, when it was enriched.
    std::optional<int> otxPulses;
    std::optional<int> reputation;
    QString country;
    QStringList malwareFamilies;
    std::optional<qint64> enrichedAtMs;
};

/// The indicators currently linked to one pulse, read lazily in batches from a connection of
/// the GUI thread (some pulses carry hundreds of thousands). Values are shown as OTX sent them.
class PulseIndicatorModel : public BatchedTableModel<PulseIndicatorRow>
{
    Q_OBJECT

public:
    enum Column
    {
        Type,
        Value,
        Title,
        Description,
        Role,
        Created,
        Expiration,
        Active,
        OtxPulses,  ///< enrichment: pulses in OTX that carry it
        Reputation, ///< enrichment
        Country,    ///< enrichment
        Malware,    ///< enrichment: malware families
        ColumnCount
    };
    Q_ENUM(Column)

    enum DataRole
    {
        IndicatorRowIdRole = Qt::UserRole + 1, ///< qint64: indicators.id in the store
        RawValueRole,                          ///< QString: the value as OTX sent it
        CreatedMsRole,                         ///< qint64 ms since the epoch, UTC, or null
        ExpirationMsRole,                      ///< qint64 ms since the epoch, UTC, or null
    };

    static constexpr int BATCH_SIZE = 512;

    /// `db` must be open and stay valid (and on this thread) for the model's lifetime.
    explicit PulseIndicatorModel(QSqlDatabase db, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// The pulse whose indicators are shown (pulses.id); 0 shows nothing. Clears the type filter
    /// when the new pulse has no indicator of that type.
    void setPulse(qint64 pulseRowId);
    qint64 pulse() const { return m_pulseId; }

    /// Only indicators of this OTX type ("IPv4", "domain", ...); empty shows all.
    void setTypeFilter(const QString &type);
    QString typeFilter() const { return m_type; }

    /// The distinct indicator types of the pulse, sorted, for a combo box.
    QStringList types() const { return m_types; }
    /// How many of the pulse's linked indicators have `type`.
    qint64 typeCount(const QString &type) const { return m_typeCounts.value(type); }

    /// Linked indicators of the pulse that pass the type filter, counted by a separate query.
    std::optional<qint64> matchingCount() const { return m_matchingCount; }

    Error lastError() const { return m_lastError; }

public slots:
    void refresh() override;

signals:
    /// After each re-query: the types and the count may have changed.
    void countChanged();
    void queryFailed(const Error &error);

private:
    QList<Row> readBatch(int offset, bool *atEnd) override;
    void readTypesAndCount();
    void fail(const Error &error);

    QSqlDatabase m_db;
    qint64 m_pulseId = 0;
    QString m_type;
    QStringList m_types;
    QHash<QString, qint64> m_typeCounts;
    std::optional<qint64> m_matchingCount;
    Error m_lastError;
};
