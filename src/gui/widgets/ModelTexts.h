// Tells the views of a model whose texts come from tr() that the language changed.
#pragma once

class QAbstractItemModel;

namespace LicenseDesk {

/// Models receive no QEvent::LanguageChange; the widget owning one calls this from its changeEvent()
/// so views repaint and resize every header section and cell with the new catalogue's texts.
void announceTextsChanged(QAbstractItemModel *model);

} // namespace LicenseDesk
