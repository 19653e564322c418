#include "models/MispExportModel.h"

#include "models/Colors.h"
#include "models/ItemModelSql.h"
#include "models/MispExportStore.h"

#include <QColor>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

QString orderExpression(int column)
{
    switch (column) {
    case MispExportModel::State:
        return u"reason, e.status"_s;
    case MispExportModel::Event:
        return u"CAST(e.event_id AS BIGINT)"_s;
    case MispExportModel::Sent:
        return u"e.attributes_sent"_s;
    case MispExportModel::Accepted:
        return u"e.attributes_accepted"_s;
    case MispExportModel::Rejected:
        return u"e.attributes_rejected"_s;
    case MispExportModel::Skipped:
        return u"e.attributes_skipped"_s;
    case MispExportModel::Tlp:
        return u"e.tlp_tag"_s;
    case MispExportModel::Exported:
        return u"e.exported_at"_s;
    case MispExportModel::Published:
        return u"e.published_at"_s;
    case MispExportModel::ErrorText:
        return u"e.last_error"_s;
    case MispExportModel::PulseId:
        return u"p.otx_id"_s;
    case MispExportModel::Name:
    default:
        return u"p.name"_s;
    }
}

} // namespace

MispExportModel::MispExportModel(QSqlDatabase db, QObject *parent)
    : BatchedTableModel(Name, Qt::AscendingOrder, parent)
    , m_db(std::move(db))
{
}

void MispExportModel::setServer(const QString &baseUrl)
{
    const QString key = baseUrl.isEmpty() ? QString() : MispExportStore::serverKey(baseUrl);
    if (key != m_server) {
        m_server = key;
        refresh();
    }
}

void MispExportModel::setFilter(Filter filter)
{
    if (filter != m_filter) {
        m_filter = filter;
        refresh();
    }
}

int MispExportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MispExportModel::stateText(const MispExportRow &row)
{
    if (row.pendingReason == u"new"_s) {
        return tr("Waiting: never exported");
    }
    if (row.pendingReason == u"changed"_s) {
        return tr("Waiting: changed since export");
    }
    if (row.pendingReason == u"partial"_s) {
        return tr("Waiting: export stopped half-way");
    }
    if (row.pendingReason == u"failed"_s) {
        return tr("Waiting: last export failed");
    }
    if (row.status == MispExportStatus::Exported) {
        return row.rejected > 0 ? tr("Exported, with refusals") : tr("Exported");
    }
    if (row.status == MispExportStatus::Blocked) {
        return tr("Blocked by MISP (event deleted there)");
    }
    if (row.status == MispExportStatus::Skipped) {
        return tr("Skipped: nothing MISP can take");
    }
    return row.status;
}

QVariant MispExportModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = rows().at(index.row());
    const int column = index.column();
    const bool tried = !row.status.isEmpty();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Name:
            return row.name;
        case State:
            return stateText(row);
        case Event:
            return row.eventId;
        case Sent:
            return tried ? QVariant(row.sent) : QVariant();
        case Accepted:
            return tried ? QVariant(row.accepted) : QVariant();
        case Rejected:
            return tried ? QVariant(row.rejected) : QVariant();
        case Skipped:
            return tried ? QVariant(row.skipped) : QVariant();
        case Tlp:
            if (row.tlpTag.isEmpty()) {
                return {};
            }
            //: A TLP tag that was not in the pulse but came from the default in Settings
            return row.tlpDefaulted ? tr("%1 (default)").arg(row.tlpTag) : row.tlpTag;
        case Exported:
            return ItemModelSql::localText(row.exportedMs);
        case Published:
            return ItemModelSql::localText(row.publishedMs);
        case ErrorText:
            return row.lastError;
        case PulseId:
            return row.otxId;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (column == ErrorText || column == State) {
            return row.lastError.isEmpty() ? QVariant() : QVariant(row.lastError);
        }
        if (column == Event && !row.eventUuid.isEmpty()) {
            return tr("Event uuid %1").arg(row.eventUuid);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column >= Sent && column <= Skipped) {
            return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case Qt::ForegroundRole:
        if (column == State
            && (row.status == MispExportStatus::Failed
                || row.status == MispExportStatus::Blocked)) {
            return Colors::errorText();
        }
        if (column == Rejected && row.rejected > 0) {
            return Colors::errorText();
        }
        return {};
    case OtxIdRole:
        return row.otxId;
    case PulseRowIdRole:
        return row.pulseRowId;
    case EventIdRole:
        return row.eventId;
    case RawValueRole:
        switch (column) {
        case State:
            return row.pendingReason.isEmpty() ? row.status : row.pendingReason;
        case Sent:
            return row.sent;
        case Accepted:
            return row.accepted;
        case Rejected:
            return row.rejected;
        case Skipped:
            return row.skipped;
        case Tlp:
            return row.tlpTag;
        case Exported:
            return row.exportedMs ? QVariant(*row.exportedMs) : QVariant();
        case Published:
            return row.publishedMs ? QVariant(*row.publishedMs) : QVariant();
        default:
            return data(index, Qt::DisplayRole);
        }
    default:
        return {};
    }
}

QVariant MispExportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Name:
        return tr("Pulse");
    case State:
        return tr("Export state");
    case Event:
        //: The MISP event id
        return tr("Event");
    case Sent:
        //: Attributes sent to MISP
        return tr("Sent");
    case Accepted:
        //: Attributes the MISP event holds after the export
        return tr("In event");
    case Rejected:
        //: Attributes MISP refused or dropped
        return tr("Refused");
    case Skipped:
        //: Indicators not sent because MISP has no type for them
        return tr("Not sent");
    case Tlp:
        return tr("TLP");
    case Exported:
        return tr("Exported");
    case Published:
        return tr("Published");
    case ErrorText:
        return tr("Last error");
    case PulseId:
        return tr("OTX id");
    default:
        return {};
    }
}

Result<QJsonObject> MispExportModel::stats()
{
    if (m_server.isEmpty() || !m_db.isOpen()) {
        return QJsonObject();
    }
    MispExportStore store(m_db, m_server);
    return store.stats();
}

void MispExportModel::refresh()
{
    beginResetModel();
    clearRows();
    if (m_db.isOpen() && !m_server.isEmpty()) {
        readFirstBatch();
    }
    endResetModel();
}

QList<MispExportModel::Row> MispExportModel::readBatch(int offset, bool *atEnd)
{
    *atEnd = true;
    QList<Row> rows;
    QString where;
    switch (m_filter) {
    case Filter::All:
        break;
    case Filter::Pending:
        where = u" WHERE %1 IS NOT NULL"_s.arg(MispExportStore::pendingReasonSql());
        break;
    case Filter::Problems:
        where = u" WHERE e.status IN ('failed', 'blocked', 'skipped', 'partial') "
                "OR e.attributes_rejected > 0"_s;
        break;
    case Filter::Exported:
        where = u" WHERE e.status = 'exported' AND %1 IS NULL"_s.arg(
                MispExportStore::pendingReasonSql());
        break;
    }
    const QString dir = sortOrder() == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
    QSqlQuery q(m_db);
    auto ran = ItemModelSql::exec(
            q,
            u"SELECT p.id, p.otx_id, p.name, p.modified, p.revision, %1 AS reason, e.status, "
            "e.event_id, e.event_uuid, e.attributes_sent, e.attributes_accepted, "
            "e.attributes_rejected, e.attributes_skipped, e.tlp_tag, e.tlp_defaulted, "
            "e.exported_at, e.published_at, e.last_error FROM pulses p "
            "LEFT JOIN misp_events e ON e.pulse_id = p.id AND e.server = ?%2 "
            "ORDER BY %3 %4 NULLS LAST, p.id %4 LIMIT ? OFFSET ?"_s.arg(
                    MispExportStore::pendingReasonSql(),
                    where,
                    orderExpression(sortColumn()),
                    dir),
            {m_server, BATCH_SIZE, offset},
            QT_TRANSLATE_NOOP("Database", "reading the MISP export state"));
    if (!ran) {
        emit queryFailed(ran.error());
        return rows;
    }
    int read = 0;
    while (q.next()) {
        ++read;
        Row row;
        row.pulseRowId = q.value(0).toLongLong();
        row.otxId = q.value(1).toString();
        row.name = q.value(2).toString();
        row.modifiedMs = ItemModelSql::optionalMs(q.value(3));
        row.revision = q.value(4).toInt();
        row.pendingReason = q.value(5).toString();
        row.status = q.value(6).toString();
        row.eventId = q.value(7).toString();
        row.eventUuid = q.value(8).toString();
        row.sent = q.value(9).toInt();
        row.accepted = q.value(10).toInt();
        row.rejected = q.value(11).toInt();
        row.skipped = q.value(12).toInt();
        row.tlpTag = q.value(13).toString();
        row.tlpDefaulted = q.value(14).toInt() != 0;
        row.exportedMs = ItemModelSql::optionalMs(q.value(15));
        row.publishedMs = ItemModelSql::optionalMs(q.value(16));
        row.lastError = q.value(17).toString();
        rows.append(std::move(row));
    }
    setNextOffset(offset + read);
    *atEnd = read < BATCH_SIZE;
    return rows;
}
