#include "ui/SyncHistoryPanel.h"

#include "models/SyncHistoryModel.h"
#include "services/AppSettings.h"
#include "ui/TableViews.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

const QString HEADER_KEY = u"history/header"_s;

} // namespace

SyncHistoryPanel::SyncHistoryPanel(AppSettings &settings, SyncHistoryModel *model, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_model(model)
{
    setObjectName(u"syncHistoryPanel"_s);
    auto *title = new QLabel(tr("Every sync run, newest first. Select a run to read its error "
                                "in full."),
                             this);
    title->setWordWrap(true);

    m_table = TableViews::createSortableTable(
            this,
            u"historyTable"_s,
            m_model,
            {{SyncHistoryModel::Started, 130}, {SyncHistoryModel::ErrorText, 320}},
            m_settings.uiValue(HEADER_KEY).toByteArray(),
            SyncHistoryModel::Started,
            Qt::DescendingOrder);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(u"runErrorLabel"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_errorLabel);

    connect(m_table->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &SyncHistoryPanel::showCurrentRun);
    connect(m_model, &QAbstractItemModel::modelReset, m_errorLabel, &QLabel::clear);
    connect(m_model, &SyncHistoryModel::queryFailed, this, [this](const Error &error) {
        m_errorLabel->setText(tr("Could not read the sync history: %1").arg(error.message));
    });
}

void SyncHistoryPanel::saveState()
{
    m_settings.setUiValue(HEADER_KEY, m_table->horizontalHeader()->saveState());
}

void SyncHistoryPanel::refresh()
{
    m_model->refresh();
}

void SyncHistoryPanel::showCurrentRun()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_errorLabel->clear();
        return;
    }
    const QString error = m_model->index(current.row(), SyncHistoryModel::ErrorText)
                                  .data(SyncHistoryModel::RawValueRole)
                                  .toString();
    m_errorLabel->setText(error.isEmpty() ? QString() : tr("Error: %1").arg(error));
}
