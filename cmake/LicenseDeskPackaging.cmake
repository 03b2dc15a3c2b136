# Installation rules and CPack configuration (packaging issue).
