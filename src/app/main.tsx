import { createRoot } from 'react-dom/client';

// Placeholder until the dashboard lands (issue 3).
createRoot(document.getElementById('root')!).render(
  <main>
    <h1>政府信息公开工作年度报告 · Annual reports dataset</h1>
    <p>The dashboard is under construction; the dataset is in data/*.csv.</p>
  </main>,
);
