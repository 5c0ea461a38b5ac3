import { LEEDS_PARTNERSHIP, LONDON_MET_PROJECTS, LONDON_MET_SPA } from './charters';

interface Reply {
  status: number;
  body: { id?: string; total?: number; message?: string };
}

/**
 * Loads the demo data through the API, as a member of partnership staff would: both source
 * documents as published charters and London Met's priority projects. Does nothing if any
 * charter exists already, so it is safe to run at every start.
 */
export async function seedDemo(apiUrl: string, token: string): Promise<string[]> {
  const call = async (method: string, path: string, body?: unknown): Promise<Reply> => {
    const response = await fetch(`${apiUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const reply = { status: response.status, body: (await response.json()) as Reply['body'] };
    if (reply.status >= 400)
      throw new Error(`${method} ${path}: ${reply.status} ${reply.body.message ?? ''}`);
    return reply;
  };
  const existing = await call('GET', '/programmes/charters?limit=1');
  if ((existing.body.total ?? 0) > 0) return [];
  const loaded: string[] = [];
  // Older first, so the Leeds charter (2025/26) is the current one.
  for (const charter of [LONDON_MET_SPA, LEEDS_PARTNERSHIP]) {
    const created = await call('POST', '/programmes/charters', charter);
    await call('POST', `/programmes/charters/${created.body.id}/publish`, {});
    loaded.push(`charter: ${charter.title}`);
  }
  for (const project of LONDON_MET_PROJECTS) {
    await call('POST', '/programmes/projects', project);
    loaded.push(`project: ${project.title}`);
  }
  return loaded;
}
