#pragma once

#include <QString>
#include <QWidget>

class QFutureWatcherBase;
class QLabel;
class QProgressBar;
class QVBoxLayout;

/// The running jobs, one row each: what it is, what it is doing, a progress bar (busy until the
/// job knows how much there is to do) and a Cancel button. A row goes away when its job ends.
class JobsView : public QWidget
{
    Q_OBJECT

public:
    explicit JobsView(QWidget *parent = nullptr);

    /// Shows the job `watcher` follows. Connect to the watcher and add the job before calling
    /// `setFuture`, so that no progress is missed. Cancel calls `watcher->cancel()`.
    void addJob(const QString &title, QFutureWatcherBase *watcher);

    int jobCount() const;

    /// Makes `bar` follow the job's progress (range, value and text), from busy (0, 0) on.
    static void followProgress(QFutureWatcherBase *watcher, QProgressBar *bar);

signals:
    void jobCountChanged(int count);

private:
    void updateEmptyState();

    QVBoxLayout *m_rows = nullptr;
    QLabel *m_emptyLabel = nullptr;
};
