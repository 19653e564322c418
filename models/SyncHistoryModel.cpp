#include "models/SyncHistoryModel.h"

#include "models/Colors.h"
#include "models/ItemModelSql.h"
#include "models/PulseStore.h"

#include <QColor>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

constexpr int FIRST_COUNT = SyncHistoryModel::Pages;
constexpr int LAST_COUNT = SyncHistoryModel::IndicatorsUnlinked;

QString orderExpression(int column)
{
    switch (column) {
    case SyncHistoryModel::Kind:
        return u"kind"_s;
    case SyncHistoryModel::Query:
        return u"query"_s;
    case SyncHistoryModel::Duration:
        return u"(finished - started)"_s;
    case SyncHistoryModel::Status:
        return u"status"_s;
    case SyncHistoryModel::Pages:
        return u"pages"_s;
    case SyncHistoryModel::PulsesFetched:
        return u"pulses_fetched"_s;
    case SyncHistoryModel::PulsesNew:
        return u"pulses_new"_s;
    case SyncHistoryModel::PulsesUpdated:
        return u"pulses_updated"_s;
    case SyncHistoryModel::PulsesUnchanged:
        return u"pulses_unchanged"_s;
    case SyncHistoryModel::IndicatorsNew:
        return u"indicators_new"_s;
    case SyncHistoryModel::IndicatorsLinked:
        return u"indicators_linked"_s;
    case SyncHistoryModel::IndicatorsUnlinked:
        return u"indicators_unlinked"_s;
    case SyncHistoryModel::ErrorText:
        return u"error"_s;
    case SyncHistoryModel::KeyName:
        return u"key_name"_s;
    case SyncHistoryModel::Started:
    default:
        return u"started"_s;
    }
}

// Columns that may be NULL. Only these spell out NULLS LAST (the engines disagree on the
// default); on the others a NULLS clause would keep Postgres from reading an index in order.
bool nullable(int column)
{
    return column == SyncHistoryModel::Query || column == SyncHistoryModel::Duration
           || column == SyncHistoryModel::ErrorText || column == SyncHistoryModel::KeyName;
}

} // namespace

SyncHistoryModel::SyncHistoryModel(QSqlDatabase db, QObject *parent)
    : BatchedTableModel(Started, Qt::DescendingOrder, parent)
    , m_db(std::move(db))
{
    refresh();
}

int SyncHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SyncHistoryModel::kindText(const QString &kind)
{
    if (kind == u"full"_s) {
        //: A sync kind: the whole subscribed feed
        return tr("Full");
    }
    if (kind == u"incremental"_s) {
        //: A sync kind: only what changed since the last sync
        return tr("Incremental");
    }
    if (kind == u"search"_s) {
        //: A sync kind: an OTX search
        return tr("Search");
    }
    if (kind == u"pulse"_s) {
        //: A sync kind: one pulse fetched by its id
        return tr("Single pulse");
    }
    return kind;
}

QString SyncHistoryModel::statusText(const QString &status)
{
    if (status == SyncStatus::Running) {
        return tr("Running");
    }
    if (status == SyncStatus::Completed) {
        return tr("Completed");
    }
    if (status == SyncStatus::Failed) {
        return tr("Failed");
    }
    if (status == SyncStatus::Cancelled) {
        return tr("Cancelled");
    }
    return status;
}

QString SyncHistoryModel::durationText(qint64 ms)
{
    if (ms < 1000) {
        return tr("%1 ms").arg(ms);
    }
    if (ms < 60 * 1000) {
        return tr("%1 s").arg(QString::number(ms / 1000.0, 'f', 1));
    }
    const qint64 seconds = ms / 1000;
    if (seconds < 3600) {
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QChar(u'0'));
    }
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QChar(u'0'));
}

QVariant SyncHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = rows().at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Kind:
            //: A sync the scheduler started, in sync history
            return row.scheduled ? tr("%1 (scheduled)").arg(kindText(row.kind))
                                 : kindText(row.kind);
        case Query:
            return row.query;
        case Started:
            return ItemModelSql::localText(row.startedMs);
        case Duration:
            return row.finishedMs
                           ? durationText(std::max<qint64>(0, *row.finishedMs - row.startedMs))
                           : QString();
        case Status:
            return statusText(row.status);
        case ErrorText:
            return row.error;
        case KeyName:
            return row.keyName;
        default:
            if (column >= FIRST_COUNT && column <= LAST_COUNT) {
                return row.counts.at(column - FIRST_COUNT);
            }
            return {};
        }
    case Qt::ToolTipRole:
        switch (column) {
        case Started:
            return tr("%1 (UTC)").arg(ItemModelSql::utcText(row.startedMs));
        case ErrorText:
            return row.error.isEmpty() ? QVariant() : QVariant(row.error);
        case Query:
            return row.query.isEmpty() ? QVariant() : QVariant(row.query);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if ((column >= FIRST_COUNT && column <= LAST_COUNT) || column == Duration) {
            return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case Qt::ForegroundRole:
        if (column == Status && row.status == SyncStatus::Failed) {
            return Colors::errorText();
        }
        return {};
    case RunIdRole:
        return row.id;
    case RawValueRole:
        switch (column) {
        case Kind:
            return row.kind;
        case Query:
            return row.query;
        case Started:
            return row.startedMs;
        case Duration:
            return row.finishedMs ? QVariant(*row.finishedMs - row.startedMs)
                                  : QVariant(QMetaType::fromType<qint64>());
        case Status:
            return row.status;
        case ErrorText:
            return row.error;
        case KeyName:
            return row.keyName;
        default:
            if (column >= FIRST_COUNT && column <= LAST_COUNT) {
                return row.counts.at(column - FIRST_COUNT);
            }
            return {};
        }
    default:
        return {};
    }
}

QVariant SyncHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Kind:
        return tr("Kind");
    case Query:
        //: The search text or pulse id a sync ran with
        return tr("Query");
    case Started:
        return tr("Started");
    case Duration:
        return tr("Duration");
    case Status:
        return tr("Status");
    case Pages:
        return tr("Pages");
    case PulsesFetched:
        return tr("Pulses fetched");
    case PulsesNew:
        return tr("New");
    case PulsesUpdated:
        return tr("Updated");
    case PulsesUnchanged:
        return tr("Unchanged");
    case IndicatorsNew:
        return tr("New indicators");
    case IndicatorsLinked:
        return tr("Linked");
    case IndicatorsUnlinked:
        return tr("Unlinked");
    case ErrorText:
        return tr("Error");
    case KeyName:
        //: The name of the API key a sync used (never the key itself)
        return tr("Key");
    default:
        return {};
    }
}

void SyncHistoryModel::refresh()
{
    beginResetModel();
    clearRows();
    m_lastError = {};
    if (m_db.isOpen()) {
        readFirstBatch();
    }
    endResetModel();
}

QList<SyncHistoryModel::Row> SyncHistoryModel::readBatch(int offset, bool *atEnd)
{
    *atEnd = true;
    QList<Row> rows;
    const QString dir = sortOrder() == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
    QSqlQuery q(m_db);
    auto ran = ItemModelSql::exec(
            q,
            u"SELECT id, kind, query, started, finished, status, pages, pulses_fetched, "
            "pulses_new, pulses_updated, pulses_unchanged, indicators_new, indicators_linked, "
            "indicators_unlinked, error, key_name, started_by FROM sync_runs "
            "ORDER BY %1 %2%3, id %2 LIMIT ? OFFSET ?"_s.arg(
                    orderExpression(sortColumn()),
                    dir,
                    nullable(sortColumn()) ? u" NULLS LAST"_s : QString()),
            {BATCH_SIZE, offset},
            QT_TRANSLATE_NOOP("Database", "reading the sync history"));
    if (!ran) {
        m_lastError = ran.error();
        emit queryFailed(ran.error());
        return rows;
    }
    int read = 0;
    while (q.next()) {
        ++read;
        Row row;
        row.id = q.value(0).toLongLong();
        row.kind = q.value(1).toString();
        row.query = q.value(2).toString();
        row.startedMs = q.value(3).toLongLong();
        row.finishedMs = ItemModelSql::optionalMs(q.value(4));
        row.status = q.value(5).toString();
        for (int i = 0; i < static_cast<int>(row.counts.size()); ++i) {
            row.counts[i] = q.value(6 + i).toLongLong();
        }
        row.error = q.value(14).toString();
        row.keyName = q.value(15).toString();
        row.scheduled = q.value(16).toString() == u"scheduled"_s;
        rows.append(std::move(row));
    }
    setNextOffset(offset + read);
    *atEnd = read < BATCH_SIZE;
    return rows;
}
