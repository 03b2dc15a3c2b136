// The main window: owners, their module usage and the license actions.
#include "MainWindow.h"

#include "ui_mainwindow.h"

namespace LicenseDesk {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
}

MainWindow::~MainWindow() = default;

} // namespace LicenseDesk
