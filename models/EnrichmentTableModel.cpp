#include "models/EnrichmentTableModel.h"

#include "models/Colors.h"
#include "models/ItemModelSql.h"

#include <QColor>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

QString orderExpression(int column)
{
    switch (column) {
    case EnrichmentTableModel::Type:
        return u"i.type"_s;
    case EnrichmentTableModel::Pulses:
        return u"e.pulse_count"_s;
    case EnrichmentTableModel::Reputation:
        return u"e.reputation"_s;
    case EnrichmentTableModel::Country:
        return u"e.country"_s;
    case EnrichmentTableModel::Asn:
        return u"e.asn"_s;
    case EnrichmentTableModel::Malware:
        return u"e.malware_families"_s;
    case EnrichmentTableModel::Adversaries:
        return u"e.adversaries"_s;
    case EnrichmentTableModel::EnrichedAt:
        return u"e.enriched_at"_s;
    case EnrichmentTableModel::Status:
        return u"e.status"_s;
    case EnrichmentTableModel::Indicator:
    default:
        return u"i.value"_s;
    }
}

QString statusText(const QString &status)
{
    if (status == EnrichStatus::Enriched) {
        return EnrichmentTableModel::tr("Enriched");
    }
    if (status == EnrichStatus::NotFound) {
        return EnrichmentTableModel::tr("Unknown to OTX");
    }
    if (status == EnrichStatus::Partial) {
        return EnrichmentTableModel::tr("Partly enriched");
    }
    if (status == EnrichStatus::Failed) {
        return EnrichmentTableModel::tr("Failed");
    }
    return status;
}

} // namespace

EnrichmentTableModel::EnrichmentTableModel(QSqlDatabase db, QObject *parent)
    : BatchedTableModel(EnrichedAt, Qt::DescendingOrder, parent)
    , m_db(std::move(db))
{
}

void EnrichmentTableModel::setFilter(const QString &text, const QString &type)
{
    if (text.trimmed() == m_text && type == m_type) {
        return;
    }
    m_text = text.trimmed();
    m_type = type;
    refresh();
}

int EnrichmentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EnrichmentTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = rows().at(index.row());
    const IndicatorSummary &s = row.summary;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Indicator:
            return row.value;
        case Type:
            return row.type;
        case Pulses:
            return s.pulseCount ? QVariant(*s.pulseCount) : QVariant();
        case Reputation:
            return s.reputation ? QVariant(*s.reputation) : QVariant();
        case Country:
            return s.country;
        case Asn:
            return s.asn;
        case Malware:
            return s.malwareFamilies.join(u", "_s);
        case Adversaries:
            return s.adversaries.join(u", "_s);
        case EnrichedAt:
            return ItemModelSql::localText(row.enrichedAtMs);
        case Status:
            return statusText(row.status);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (column == Status && !row.error.isEmpty()) {
            return row.error;
        }
        if (column == Malware || column == Adversaries) {
            return data(index, Qt::DisplayRole);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == Pulses || column == Reputation) {
            return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case Qt::ForegroundRole:
        if (column == Status
            && (row.status == EnrichStatus::Failed || row.status == EnrichStatus::Partial)) {
            return Colors::errorText();
        }
        return {};
    case IndicatorIdRole:
        return row.indicatorId;
    case RawValueRole:
        switch (column) {
        case Pulses:
            return s.pulseCount ? QVariant(*s.pulseCount) : QVariant();
        case Reputation:
            return s.reputation ? QVariant(*s.reputation) : QVariant();
        case EnrichedAt:
            return row.enrichedAtMs;
        case Status:
            return row.status;
        case Malware:
            return s.malwareFamilies;
        case Adversaries:
            return s.adversaries;
        default:
            return data(index, Qt::DisplayRole);
        }
    default:
        return {};
    }
}

QVariant EnrichmentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Indicator:
        return tr("Indicator");
    case Type:
        return tr("Type");
    case Pulses:
        //: How many OTX pulses carry the indicator
        return tr("Pulses");
    case Reputation:
        return tr("Reputation");
    case Country:
        return tr("Country");
    case Asn:
        return tr("ASN");
    case Malware:
        return tr("Malware families");
    case Adversaries:
        return tr("Adversaries");
    case EnrichedAt:
        return tr("Enriched");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

Result<EnrichStats> EnrichmentTableModel::stats(const QStringList &enrichableTypes,
                                                qint64 staleBeforeMs) const
{
    if (!m_db.isOpen()) {
        return EnrichStats{};
    }
    return EnrichmentStore(m_db).stats(enrichableTypes, staleBeforeMs);
}

Result<QList<OtxKeyInfo>> EnrichmentTableModel::keys() const
{
    if (!m_db.isOpen()) {
        return QList<OtxKeyInfo>{};
    }
    return KeyStore(m_db).keys();
}

Result<QList<EnrichItem>> EnrichmentTableModel::pending(const QStringList &types,
                                                        qint64 staleBeforeMs,
                                                        int limit) const
{
    if (!m_db.isOpen()) {
        return QList<EnrichItem>{};
    }
    return EnrichmentStore(m_db).pendingItems(types, staleBeforeMs, limit);
}

Result<QList<SectionResult>> EnrichmentTableModel::sections(qint64 indicatorId) const
{
    if (!m_db.isOpen()) {
        return QList<SectionResult>{};
    }
    return EnrichmentStore(m_db).sections(indicatorId);
}

void EnrichmentTableModel::refresh()
{
    beginResetModel();
    clearRows();
    if (m_db.isOpen()) {
        readFirstBatch();
    }
    endResetModel();
}

QList<EnrichmentTableModel::Row> EnrichmentTableModel::readBatch(int offset, bool *atEnd)
{
    *atEnd = true;
    QList<Row> rows;
    QString where;
    QVariantList bindings;
    if (!m_text.isEmpty()) {
        where += u" AND LOWER(i.value) LIKE ? ESCAPE '!'"_s;
        QString pattern = m_text.toLower();
        pattern.replace(u"!"_s, u"!!"_s).replace(u"%"_s, u"!%"_s).replace(u"_"_s, u"!_"_s);
        bindings.append(u"%"_s + pattern + u"%"_s);
    }
    if (!m_type.isEmpty()) {
        where += u" AND i.type = ?"_s;
        bindings.append(m_type);
    }
    bindings.append(BATCH_SIZE);
    bindings.append(offset);
    const QString dir = sortOrder() == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
    QSqlQuery q(m_db);
    auto ran = ItemModelSql::exec(
            q,
            u"SELECT i.id, i.type, i.value, e.status, e.pulse_count, e.reputation, e.country, "
            "e.asn, e.malware_families, e.adversaries, e.attack_ids, e.first_seen, e.last_seen, "
            "e.enriched_at, e.error FROM indicator_enrichment e "
            "JOIN indicators i ON i.id = e.indicator_id WHERE 1 = 1%1 "
            "ORDER BY %2 %3 NULLS LAST, i.id %3 LIMIT ? OFFSET ?"_s
                    .arg(where, orderExpression(sortColumn()), dir),
            bindings,
            QT_TRANSLATE_NOOP("Database", "reading enrichment results"));
    if (!ran) {
        emit queryFailed(ran.error());
        return rows;
    }
    int read = 0;
    while (q.next()) {
        ++read;
        Row row;
        row.indicatorId = q.value(0).toLongLong();
        row.type = q.value(1).toString();
        row.value = q.value(2).toString();
        row.status = q.value(3).toString();
        if (!q.value(4).isNull()) {
            row.summary.pulseCount = q.value(4).toInt();
        }
        if (!q.value(5).isNull()) {
            row.summary.reputation = q.value(5).toInt();
        }
        row.summary.country = q.value(6).toString();
        row.summary.asn = q.value(7).toString();
        row.summary.malwareFamilies = ItemModelSql::listFromJson(q.value(8).toString());
        row.summary.adversaries = ItemModelSql::listFromJson(q.value(9).toString());
        row.summary.attackIds = ItemModelSql::listFromJson(q.value(10).toString());
        row.summary.firstSeenMs = ItemModelSql::optionalMs(q.value(11));
        row.summary.lastSeenMs = ItemModelSql::optionalMs(q.value(12));
        row.enrichedAtMs = q.value(13).toLongLong();
        row.error = q.value(14).toString();
        rows.append(std::move(row));
    }
    setNextOffset(offset + read);
    *atEnd = read < BATCH_SIZE;
    return rows;
}
