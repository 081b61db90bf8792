// The field-staff phone view at 375 × 812: look a customer up by id and by phone, see tier and next actions,
// record a contact — and it still works with the network off.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openAppWithDemo, type Session } from './support/browser';

let s: Session;
beforeAll(async () => {
	s = await openAppWithDemo({ width: 375, height: 812 });
});
afterAll(async () => {
	await s.close();
});

it('finds a customer by id and shows their tier, segment and a contact button', async () => {
	await s.page.goto(`${s.baseURL}/lookup`);
	await s.page.getByTestId('lookup-search').fill('C000123');
	const card = s.page.getByTestId('lookup-card');
	await card.waitFor({ timeout: 30_000 });
	expect(await card.innerText()).toContain('C000123');
	expect((await s.page.getByTestId('lookup-tier').innerText()).trim().length).toBeGreaterThan(0);
	// Nothing on the page is wider than the phone.
	const overflow = await s.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	expect(overflow).toBeLessThanOrEqual(0);
});

it('finds the same customer by phone number, offers call/SMS links and logs a contact with an outcome', async () => {
	const phone = (await s.page.getByTestId('lookup-card').locator('header p').innerText())
		.split('·')[1]
		.trim();
	await s.page.getByTestId('lookup-search').fill(phone);
	await s.page.getByTestId('lookup-card').waitFor();
	const card = s.page.getByTestId('lookup-card');
	expect(await card.innerText()).toContain('C000123');
	expect(await s.page.getByTestId('lookup-tel').getAttribute('href')).toBe(
		`tel:${phone.replace(/[^\d+]/g, '')}`
	);
	expect(await s.page.getByTestId('lookup-sms').getAttribute('href')).toBe(
		`sms:${phone.replace(/[^\d+]/g, '')}`
	);
	await s.page.getByTestId('outcome-reached').check({ force: true });
	await s.page.getByTestId('contact-note').fill('asked about the new range');
	await s.page.getByTestId('contact-save').click();
	await s.page.getByTestId('contact-saved').waitFor();
	const entry = s.page.getByTestId('contact-entry');
	// The "saved" note shows when the write is done; the list re-renders from the store a moment later.
	await expect.poll(() => entry.count()).toBe(1);
	const today = new Date();
	const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
	expect(await entry.first().innerText()).toContain(iso);
	expect(await entry.first().innerText()).toContain('asked about the new range');
	// Undo takes the entry away again.
	await s.page.getByTestId('contact-undo').click();
	await s.page.waitForFunction(() => document.querySelectorAll('[data-testid="contact-entry"]').length === 0);
});

it('shows top-tier customers the top-tier playbook as their next action', async () => {
	await s.page.goto(`${s.baseURL}/customers`);
	const first = s.page.getByTestId('customer-row').first();
	await first.waitFor({ timeout: 60_000 });
	const topId = (await first.innerText()).split(/\s+/)[0];
	await s.page.goto(`${s.baseURL}/lookup?q=${topId}`);
	await s.page.getByTestId('lookup-card').waitFor({ timeout: 30_000 });
	await s.page.getByTestId('lookup-playbook').first().waitFor({ timeout: 10_000 });
	expect(await s.page.getByTestId('lookup-playbook').count()).toBeGreaterThan(0);
});

it('works offline once the app has been visited', async () => {
	await s.page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
		timeout: 30_000
	});
	await s.context.setOffline(true);
	await s.page.goto(`${s.baseURL}/lookup?q=C000124`);
	await s.page.getByTestId('lookup-card').waitFor({ timeout: 30_000 });
	expect(await s.page.getByTestId('lookup-card').innerText()).toContain('C000124');
	await s.context.setOffline(false);
});
