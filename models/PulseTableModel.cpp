#include "models/PulseTableModel.h"

#include "models/ItemModelSql.h"
#include "models/Timestamps.h"

#include <QColor>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

// ORDER BY for a column and direction (%1), ending with the row id so that batches never
// overlap. SQLite and Postgres disagree on where NULLs go, so NULLS LAST is spelled out, except
// on the indexed columns: a NULLS clause that differs from the index's order makes Postgres sort
// every matching pulse for each batch. pulses.name is never NULL; pulses.modified is NULL only
// when OTX sent no time, and such pulses sort as the engine places NULLs (SQLite: lowest,
// Postgres: highest).
QString orderBy(int column, const QString &direction)
{
    QString first;
    switch (column) {
    case PulseTableModel::Name:
        first = u"p.name %1"_s;
        break;
    case PulseTableModel::Author:
        first = u"p.author %1 NULLS LAST"_s;
        break;
    case PulseTableModel::Tlp:
        first = u"p.tlp %1 NULLS LAST"_s;
        break;
    case PulseTableModel::Adversary:
        first = u"p.adversary %1 NULLS LAST"_s;
        break;
    case PulseTableModel::IndicatorCount:
        first = u"p.indicator_count %1"_s;
        break;
    case PulseTableModel::Tags:
        first = u"p.tags %1"_s;
        break;
    case PulseTableModel::Modified:
    default:
        first = u"p.modified %1"_s;
        break;
    }
    return (first + u", p.id %1"_s).arg(direction);
}

QColor tlpColor(const QString &tlp)
{
    // FIRST TLP 2.0 colours.
    if (tlp == u"red"_s) {
        return QColor(0xff, 0x2b, 0x2b);
    }
    if (tlp == u"amber"_s || tlp == u"amber+strict"_s) {
        return QColor(0xff, 0xc0, 0x00);
    }
    if (tlp == u"green"_s) {
        return QColor(0x33, 0xff, 0x00);
    }
    if (tlp == u"white"_s || tlp == u"clear"_s) {
        return QColor(0xff, 0xff, 0xff);
    }
    return {};
}

} // namespace

PulseTableModel::PulseTableModel(QSqlDatabase db, QObject *parent)
    : BatchedTableModel(Modified, Qt::DescendingOrder, parent)
    , m_db(std::move(db))
{
    refresh();
}

int PulseTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PulseTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = rows().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return row.name;
        case Author:
            return row.author;
        case Modified:
            return ItemModelSql::localText(row.modifiedMs);
        case Tlp:
            return row.tlp.toUpper();
        case Adversary:
            return row.adversary;
        case IndicatorCount:
            return row.indicatorCount;
        case Tags:
            return row.tags.join(u", "_s);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Name:
            return row.name;
        case Modified:
            return row.modifiedMs ? tr("%1 (UTC)").arg(ItemModelSql::utcText(row.modifiedMs))
                                  : QVariant();
        case Tags:
            return row.tags.join(u", "_s);
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == Tlp) {
            const QColor color = tlpColor(row.tlp);
            return color.isValid() ? QVariant(color) : QVariant();
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == IndicatorCount) {
            return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case PulseRowIdRole:
        return row.id;
    case OtxIdRole:
        return row.otxId;
    case ModifiedUtcRole:
        return row.modifiedMs ? Timestamps::toDateTime(*row.modifiedMs) : QDateTime();
    case ModifiedMsRole:
        return row.modifiedMs ? QVariant(*row.modifiedMs) : QVariant(QMetaType::fromType<qint64>());
    case TagsRole:
        return row.tags;
    default:
        return {};
    }
}

QVariant PulseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Name:
        return tr("Name");
    case Author:
        return tr("Author");
    case Modified:
        return tr("Modified");
    case Tlp:
        //: Traffic Light Protocol, the sharing label of a pulse
        return tr("TLP");
    case Adversary:
        return tr("Adversary");
    case IndicatorCount:
        return tr("Indicators");
    case Tags:
        return tr("Tags");
    default:
        return {};
    }
}

void PulseTableModel::setFilter(const PulseFilter &filter)
{
    if (filter == m_filter) {
        return;
    }
    m_filter = filter;
    refresh();
}

qint64 PulseTableModel::pulseRowId(int row) const
{
    return row >= 0 && row < rows().size() ? rows().at(row).id : 0;
}

int PulseTableModel::rowOfPulse(qint64 pulseRowId) const
{
    if (!m_loadedIds.contains(pulseRowId)) {
        return -1;
    }
    const QList<Row> &loaded = rows();
    for (int i = 0; i < loaded.size(); ++i) {
        if (loaded.at(i).id == pulseRowId) {
            return i;
        }
    }
    return -1;
}

Result<Pulse> PulseTableModel::loadPulse(qint64 pulseRowId) const
{
    QSqlQuery q(m_db);
    auto ran = ItemModelSql::exec(
            q,
            u"SELECT otx_id, name, description, author, created, modified, revision, tlp, "
            "public, adversary, targeted_countries, industries, malware_families, attack_ids, "
            "tags, refs, indicator_count FROM pulses WHERE id = ?"_s,
            {pulseRowId},
            QT_TRANSLATE_NOOP("Database", "reading a pulse"));
    if (!ran) {
        return ran.error();
    }
    if (!q.next()) {
        return Error{tr("The pulse is no longer in the database."), {}, u"pulse.not_found"_s};
    }
    Pulse p;
    p.otxId = q.value(0).toString();
    p.name = q.value(1).toString();
    p.description = q.value(2).toString();
    p.author = q.value(3).toString();
    p.createdMs = ItemModelSql::optionalMs(q.value(4));
    p.modifiedMs = ItemModelSql::optionalMs(q.value(5));
    p.revision = q.value(6).toInt();
    p.tlp = q.value(7).toString();
    if (!q.value(8).isNull()) {
        p.isPublic = q.value(8).toInt() != 0;
    }
    p.adversary = q.value(9).toString();
    p.targetedCountries = ItemModelSql::listFromJson(q.value(10).toString());
    p.industries = ItemModelSql::listFromJson(q.value(11).toString());
    p.malwareFamilies = ItemModelSql::listFromJson(q.value(12).toString());
    p.attackIds = ItemModelSql::listFromJson(q.value(13).toString());
    p.tags = ItemModelSql::listFromJson(q.value(14).toString());
    p.references = ItemModelSql::listFromJson(q.value(15).toString());
    p.declaredIndicatorCount = q.value(16).toInt();
    return p;
}

void PulseTableModel::refresh()
{
    beginResetModel();
    clearRows();
    m_loadedIds.clear();
    m_lastError = {};
    readFirstBatch();
    endResetModel();
    countMatching();
    emit countChanged();
}

QList<PulseTableModel::Row> PulseTableModel::readBatch(int offset, bool *atEnd)
{
    *atEnd = true;
    QList<Row> rows;
    if (!m_db.isOpen()) {
        return rows;
    }
    const SqlCondition where = m_filter.toSql(u"p"_s);
    const QString direction = sortOrder() == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
    const QString sql = u"SELECT p.id, p.otx_id, p.name, p.author, p.modified, p.tlp, "
                        "p.adversary, p.indicator_count, p.tags FROM pulses p %1 "
                        "ORDER BY %2 LIMIT ? OFFSET ?"_s.arg(
                                where.isEmpty() ? QString() : u"WHERE "_s + where.sql,
                                orderBy(sortColumn(), direction));
    QVariantList bindings = where.bindings;
    bindings << BATCH_SIZE << offset;

    QSqlQuery q(m_db);
    if (auto ran = ItemModelSql::exec(q,
                                      sql,
                                      bindings,
                                      QT_TRANSLATE_NOOP("Database", "reading pulses"));
        !ran) {
        fail(ran.error());
        return rows;
    }
    int read = 0;
    while (q.next()) {
        ++read;
        Row row;
        row.id = q.value(0).toLongLong();
        // Rows can shift between batches while a sync writes; a pulse is shown once.
        if (m_loadedIds.contains(row.id)) {
            continue;
        }
        row.otxId = q.value(1).toString();
        row.name = q.value(2).toString();
        row.author = q.value(3).toString();
        row.modifiedMs = ItemModelSql::optionalMs(q.value(4));
        row.tlp = q.value(5).toString();
        row.adversary = q.value(6).toString();
        row.indicatorCount = q.value(7).toInt();
        row.tags = ItemModelSql::listFromJson(q.value(8).toString());
        rows.append(std::move(row));
    }
    setNextOffset(offset + read);
    *atEnd = read < BATCH_SIZE;
    return rows;
}

void PulseTableModel::rowLoaded(const Row &row)
{
    m_loadedIds.insert(row.id);
}

void PulseTableModel::countMatching()
{
    m_matchingCount.reset();
    if (!m_db.isOpen()) {
        return;
    }
    if (atEnd()) {
        // Everything that matches is loaded already.
        m_matchingCount = rows().size();
        return;
    }
    const SqlCondition where = m_filter.toSql(u"p"_s);
    QSqlQuery q(m_db);
    auto ran = ItemModelSql::exec(q,
                                  u"SELECT COUNT(*) FROM pulses p %1"_s.arg(
                                          where.isEmpty() ? QString() : u"WHERE "_s + where.sql),
                                  where.bindings,
                                  QT_TRANSLATE_NOOP("Database", "counting pulses"));
    if (!ran) {
        fail(ran.error());
        return;
    }
    if (q.next()) {
        m_matchingCount = q.value(0).toLongLong();
    }
}

void PulseTableModel::fail(const Error &error)
{
    m_lastError = error;
    emit queryFailed(error);
}
