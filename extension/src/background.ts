/// <reference types="chrome" />
/**
 * Background service worker (Chrome) / event page (Firefox): opens the side panel from the toolbar
 * button. It holds no keys and no profiles, and listens to no messages.
 */
const ext = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;

type SidePanelApi = { setPanelBehavior(options: { openPanelOnActionClick: boolean }): Promise<void> };
type SidebarApi = { open(): Promise<void> };
const sidePanel = (ext as unknown as { sidePanel?: SidePanelApi }).sidePanel;
const sidebarAction = (ext as unknown as { sidebarAction?: SidebarApi }).sidebarAction;

if (sidePanel) void sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});
else if (sidebarAction) ext.action.onClicked.addListener(() => void sidebarAction.open());
