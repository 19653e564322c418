#include "models/PulseIndicatorModel.h"

#include "models/ItemModelSql.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

// ORDER BY for a column; each ends with a unique key so that batches never overlap.
QString orderBy(int column, const QString &dir)
{
    QString first;
    switch (column) {
    case PulseIndicatorModel::Value:
        first = u"pi.raw_value %1"_s;
        break;
    case PulseIndicatorModel::Title:
        first = u"pi.title %1 NULLS LAST"_s;
        break;
    case PulseIndicatorModel::Description:
        first = u"pi.description %1 NULLS LAST"_s;
        break;
    case PulseIndicatorModel::Role:
        first = u"pi.role %1 NULLS LAST"_s;
        break;
    case PulseIndicatorModel::Created:
        first = u"pi.created %1 NULLS LAST"_s;
        break;
    case PulseIndicatorModel::Expiration:
        first = u"pi.expiration %1 NULLS LAST"_s;
        break;
    case PulseIndicatorModel::Active:
        first = u"pi.is_active %1"_s;
        break;
    case PulseIndicatorModel::OtxPulses:
        first = u"e.pulse_count %1 NULLS LAST"_s;
        break;
    case PulseIndicatorModel::Reputation:
        first = u"e.reputation %1 NULLS LAST"_s;
        break;
    case PulseIndicatorModel::Country:
        first = u"e.country %1 NULLS LAST"_s;
        break;
    case PulseIndicatorModel::Malware:
        first = u"e.malware_families %1 NULLS LAST"_s;
        break;
    case PulseIndicatorModel::Type:
    default:
        first = u"i.type %1, pi.raw_value %1"_s;
        break;
    }
    return first.arg(dir) + u", pi.indicator_id %1"_s.arg(dir);
}

} // namespace

PulseIndicatorModel::PulseIndicatorModel(QSqlDatabase db, QObject *parent)
    : BatchedTableModel(Type, Qt::AscendingOrder, parent)
    , m_db(std::move(db))
{
}

int PulseIndicatorModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PulseIndicatorModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = rows().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Type:
            return row.type;
        case Value:
            return row.value;
        case Title:
            return row.title;
        case Description:
            return row.description;
        case Role:
            return row.role;
        case Created:
            return ItemModelSql::localText(row.createdMs);
        case Expiration:
            return ItemModelSql::localText(row.expirationMs);
        case Active:
            return row.active ? tr("yes") : tr("no");
        case OtxPulses:
            return row.otxPulses ? QVariant(*row.otxPulses) : QVariant();
        case Reputation:
            return row.reputation ? QVariant(*row.reputation) : QVariant();
        case Country:
            return row.country;
        case Malware:
            return row.malwareFamilies.join(u", "_s);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Value:
            return row.value;
        case Title:
            return row.title;
        case Description:
            return row.description;
        case Created:
            return row.createdMs ? tr("%1 (UTC)").arg(ItemModelSql::utcText(row.createdMs))
                                 : QVariant();
        case Expiration:
            return row.expirationMs ? tr("%1 (UTC)").arg(ItemModelSql::utcText(row.expirationMs))
                                    : QVariant();
        case OtxPulses:
        case Reputation:
        case Country:
        case Malware:
            return row.enrichedAtMs
                           ? tr("Enriched %1").arg(ItemModelSql::localText(row.enrichedAtMs))
                           : tr("Not enriched yet");
        default:
            return {};
        }
    case IndicatorRowIdRole:
        return row.indicatorId;
    case RawValueRole:
        return row.value;
    case CreatedMsRole:
        return row.createdMs ? QVariant(*row.createdMs) : QVariant(QMetaType::fromType<qint64>());
    case ExpirationMsRole:
        return row.expirationMs ? QVariant(*row.expirationMs)
                                : QVariant(QMetaType::fromType<qint64>());
    default:
        return {};
    }
}

QVariant PulseIndicatorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Type:
        return tr("Type");
    case Value:
        return tr("Value");
    case Title:
        return tr("Title");
    case Description:
        return tr("Description");
    case Role:
        //: What the indicator does in the attack, as OTX labels it (e.g. "command_and_control")
        return tr("Role");
    case Created:
        return tr("Created");
    case Expiration:
        return tr("Expires");
    case Active:
        return tr("Active");
    case OtxPulses:
        //: Enrichment: how many OTX pulses carry the indicator
        return tr("OTX pulses");
    case Reputation:
        return tr("Reputation");
    case Country:
        return tr("Country");
    case Malware:
        return tr("Malware families");
    default:
        return {};
    }
}

void PulseIndicatorModel::setPulse(qint64 pulseRowId)
{
    if (pulseRowId == m_pulseId) {
        return;
    }
    m_pulseId = pulseRowId;
    refresh();
}

void PulseIndicatorModel::setTypeFilter(const QString &type)
{
    if (type == m_type) {
        return;
    }
    m_type = type;
    refresh();
}

void PulseIndicatorModel::refresh()
{
    beginResetModel();
    clearRows();
    m_lastError = {};
    m_types.clear();
    m_typeCounts.clear();
    m_matchingCount.reset();
    if (m_pulseId != 0 && m_db.isOpen()) {
        readTypesAndCount();
        if (!m_type.isEmpty() && !m_types.contains(m_type)) {
            // The pulse has no indicator of that type: show all rather than an empty table.
            m_type.clear();
            readTypesAndCount();
        }
        readFirstBatch();
    }
    endResetModel();
    emit countChanged();
}

QList<PulseIndicatorModel::Row> PulseIndicatorModel::readBatch(int offset, bool *atEnd)
{
    *atEnd = true;
    QList<Row> rows;
    const QString dir = sortOrder() == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
    QVariantList bindings{m_pulseId};
    QString typeCondition;
    if (!m_type.isEmpty()) {
        typeCondition = u"AND i.type = ? "_s;
        bindings << m_type;
    }
    bindings << BATCH_SIZE << offset;
    QSqlQuery q(m_db);
    auto ran = ItemModelSql::exec(
            q,
            u"SELECT pi.indicator_id, i.type, pi.raw_value, pi.title, pi.description, pi.role, "
            "pi.created, pi.expiration, pi.is_active, e.pulse_count, e.reputation, e.country, "
            "e.malware_families, e.enriched_at FROM pulse_indicators pi "
            "JOIN indicators i ON i.id = pi.indicator_id "
            "LEFT JOIN indicator_enrichment e ON e.indicator_id = pi.indicator_id "
            "WHERE pi.pulse_id = ? AND pi.linked = 1 %1ORDER BY %2 LIMIT ? OFFSET ?"_s.arg(
                    typeCondition,
                    orderBy(sortColumn(), dir)),
            bindings,
            QT_TRANSLATE_NOOP("Database", "reading the indicators of a pulse"));
    if (!ran) {
        fail(ran.error());
        return rows;
    }
    int read = 0;
    while (q.next()) {
        ++read;
        Row row;
        row.indicatorId = q.value(0).toLongLong();
        row.type = q.value(1).toString();
        row.value = q.value(2).toString();
        row.title = q.value(3).toString();
        row.description = q.value(4).toString();
        row.role = q.value(5).toString();
        row.createdMs = ItemModelSql::optionalMs(q.value(6));
        row.expirationMs = ItemModelSql::optionalMs(q.value(7));
        row.active = q.value(8).isNull() || q.value(8).toInt() != 0;
        if (!q.value(9).isNull()) {
            row.otxPulses = q.value(9).toInt();
        }
        if (!q.value(10).isNull()) {
            row.reputation = q.value(10).toInt();
        }
        row.country = q.value(11).toString();
        row.malwareFamilies = ItemModelSql::listFromJson(q.value(12).toString());
        row.enrichedAtMs = ItemModelSql::optionalMs(q.value(13));
        rows.append(std::move(row));
    }
    setNextOffset(offset + read);
    *atEnd = read < BATCH_SIZE;
    return rows;
}

void PulseIndicatorModel::readTypesAndCount()
{
    m_types.clear();
    m_typeCounts.clear();
    m_matchingCount.reset();
    QSqlQuery q(m_db);
    // One pass over the pulse's links (its primary-key range) gives the types and the counts.
    auto ran = ItemModelSql::exec(
            q,
            u"SELECT i.type, COUNT(*) FROM pulse_indicators pi "
            "JOIN indicators i ON i.id = pi.indicator_id "
            "WHERE pi.pulse_id = ? AND pi.linked = 1 GROUP BY i.type ORDER BY i.type"_s,
            {m_pulseId},
            QT_TRANSLATE_NOOP("Database", "reading the indicator types of a pulse"));
    if (!ran) {
        fail(ran.error());
        return;
    }
    qint64 total = 0;
    qint64 ofType = 0;
    while (q.next()) {
        const QString type = q.value(0).toString();
        const qint64 n = q.value(1).toLongLong();
        m_types << type;
        m_typeCounts.insert(type, n);
        total += n;
        if (type == m_type) {
            ofType = n;
        }
    }
    m_matchingCount = m_type.isEmpty() ? total : ofType;
}

void PulseIndicatorModel::fail(const Error &error)
{
    m_lastError = error;
    emit queryFailed(error);
}
