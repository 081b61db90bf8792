// Several Strata tabs on one device: a tab whose database another tab upgraded, deleted or replaced closes its
// connection and reloads (with a notice), and tabs tell each other about restores and wipes on a BroadcastChannel.
import { t } from '$lib/i18n/i18n.svelte';
import { LOCKS, TAB_CHANNEL, type TabMessage } from '$lib/locks';
import { watchSchemaChanges } from '$lib/storage/migrations';
import { openDb } from '$lib/storage/open-db';

export { LOCKS, TAB_CHANNEL };
const RELOAD_DELAY_MS = 1500;

class Tabs {
	/** A message key shown while this tab is about to reload, or while it waits on another tab. */
	notice = $state<string | undefined>();
	private channel: BroadcastChannel | undefined;
	private started = false;
	private reloading = false;

	init(): void {
		if (this.started || typeof window === 'undefined') return;
		this.started = true;
		if (typeof BroadcastChannel !== 'undefined') {
			this.channel = new BroadcastChannel(TAB_CHANNEL);
			this.channel.onmessage = (event: MessageEvent<TabMessage>) => {
				if (event.data?.type === 'restored') this.reloadSoon('tabs.notice.restored');
				else if (event.data?.type === 'wiped') this.reloadSoon('tabs.notice.wiped');
				// Encryption switched on or off elsewhere: this tab's key (or lack of one) no longer fits the data.
				else if (event.data?.type === 'encryption') this.reloadSoon('tabs.notice.encryption');
			};
		}
		void openDb()
			.then(({ db, mode }) => {
				if (mode !== 'indexeddb') return;
				watchSchemaChanges(db, {
					onOutdated: (version) =>
						this.reloadSoon(version === 0 ? 'tabs.notice.wiped' : 'tabs.notice.upgraded'),
					onBlocked: () => this.show('tabs.notice.blocked')
				});
			})
			// The workspace state shows why the database could not be opened.
			.catch(() => undefined);
	}

	/** Tells the other tabs (not this one) about a workspace-wide change. */
	announce(message: TabMessage): void {
		this.channel?.postMessage(message);
	}

	/** Shows why, then reloads: the page's state belongs to a database that no longer exists as it was. */
	reloadSoon(key: string): void {
		if (this.reloading) return;
		this.reloading = true;
		this.show(key);
		setTimeout(() => location.reload(), RELOAD_DELAY_MS);
	}

	private show(key: string): void {
		this.notice = key;
		// Drawn outside the component tree, so it shows on every page and survives the page tearing down.
		let banner = document.getElementById('strata-tab-notice');
		if (!banner) {
			banner = document.createElement('div');
			banner.id = 'strata-tab-notice';
			banner.setAttribute('role', 'alert');
			banner.dataset.testid = 'tab-notice';
			banner.className = 'notice warn';
			banner.style.cssText =
				'position:fixed;left:50%;top:var(--space-3);transform:translateX(-50%);z-index:200;max-width:min(32rem,92vw);box-shadow:0 8px 24px rgb(0 0 0 / 20%)';
			document.body.append(banner);
		}
		banner.textContent = t(key);
	}
}

export const tabs = new Tabs();
if (typeof window !== 'undefined') tabs.init();
