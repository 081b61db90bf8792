export { generateDemoTransactions, DEMO_HEADERS, type DemoOptions, type DemoTable } from './generate';
