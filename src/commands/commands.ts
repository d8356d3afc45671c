/**
 * The ribbon's function file. Both buttons (起草, 检查) are `ShowTaskpane` actions that open the pane
 * on their tab through the URL, so no command functions are needed; Office still loads this page
 * for the group, and it must call `Office.onReady`.
 */
void Office.onReady();
