// Emitting the model's own change signals: headers first, then every cell's text roles.
#include "ModelTexts.h"

#include <QAbstractItemModel>

namespace LicenseDesk {

void announceTextsChanged(QAbstractItemModel *model) {
    const int columns = model->columnCount();
    const int rows = model->rowCount();
    if (columns > 0)
        emit model->headerDataChanged(Qt::Horizontal, 0, columns - 1);
    if (rows > 0 && columns > 0)
        emit model->dataChanged(model->index(0, 0), model->index(rows - 1, columns - 1),
                                {Qt::DisplayRole, Qt::ToolTipRole, Qt::AccessibleTextRole});
}

} // namespace LicenseDesk
