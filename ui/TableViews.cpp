#include "ui/TableViews.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QTableView>

namespace TableViews {

QTableView *createSortableTable(QWidget *parent,
                                const QString &objectName,
                                QAbstractItemModel *model,
                                const QList<SectionWidth> &widths,
                                const QByteArray &savedHeaderState,
                                int defaultSortColumn,
                                Qt::SortOrder defaultOrder)
{
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    QHeaderView *header = table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setStretchLastSection(true);
    for (const SectionWidth &width : widths) {
        header->resizeSection(width.section, width.width);
    }
    const bool restored = header->restoreState(savedHeaderState);
    if (!restored || header->sortIndicatorSection() < 0
        || header->sortIndicatorSection() >= model->columnCount()) {
        header->setSortIndicator(defaultSortColumn, defaultOrder);
    }
    table->setSortingEnabled(true); // sorts the model by the header's indicator
    return table;
}

} // namespace TableViews
