#pragma once

#include <QWidget>

class AppSettings;
class QLabel;
class QTableView;
class SyncHistoryModel;

/// Every sync run, newest first, with its counts, duration and error; sortable by any column.
class SyncHistoryPanel : public QWidget
{
    Q_OBJECT

public:
    SyncHistoryPanel(AppSettings &settings, SyncHistoryModel *model, QWidget *parent = nullptr);

    void saveState();

public slots:
    void refresh();

private:
    void showCurrentRun();

    AppSettings &m_settings;
    SyncHistoryModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_errorLabel = nullptr;
};
