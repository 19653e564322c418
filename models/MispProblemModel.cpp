#include "models/MispProblemModel.h"

using namespace Qt::StringLiterals;

MispProblemModel::MispProblemModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
{
}

void MispProblemModel::setPulse(const QString &server, qint64 pulseRowId)
{
    beginResetModel();
    m_rows.clear();
    if (pulseRowId != 0 && !server.isEmpty() && m_db.isOpen()) {
        MispExportStore store(m_db, MispExportStore::serverKey(server));
        auto problems = store.problems(pulseRowId);
        if (problems) {
            m_rows = problems.value();
        } else {
            emit queryFailed(problems.error());
        }
    }
    endResetModel();
}

int MispProblemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int MispProblemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MispProblemModel::kindText(const QString &kind)
{
    if (kind == u"rejected"_s) {
        return tr("Refused by MISP");
    }
    if (kind == u"dropped"_s) {
        return tr("Dropped by MISP");
    }
    if (kind == u"skipped"_s) {
        return tr("Not sent");
    }
    return kind;
}

QVariant MispProblemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const MispExportProblem &p = m_rows.at(index.row());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case Kind:
        return kindText(p.kind);
    case OtxType:
        return p.otxType;
    case MispType:
        return p.mispType;
    case Value:
        return p.value;
    case Reason:
        return p.reason;
    default:
        return {};
    }
}

QVariant MispProblemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Kind:
        return tr("What happened");
    case OtxType:
        return tr("OTX type");
    case MispType:
        return tr("MISP type");
    case Value:
        return tr("Value");
    case Reason:
        return tr("Reason");
    default:
        return {};
    }
}
