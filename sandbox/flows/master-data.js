// Master-data syncs (products, inventory organisations, consignees, volumes and weights):
// each record is inserted, or replaced when its key is already known.

import { MASTER_RECORDS } from './vocabulary.js';

export function isMasterData(endpointId) {
  return endpointId in MASTER_RECORDS;
}

export function upsertMasterData({ store }, endpoint, partner, request) {
  const { list, keys } = MASTER_RECORDS[endpoint.id];
  const records = list ? (request[list] ?? []) : [request];
  let inserted = 0;
  let updated = 0;
  store.atomically(() => {
    for (const record of records) {
      const key = keys.map((k) => record[k]).join('|');
      if (store.upsert(partner.createBy, endpoint.id, key, record)) updated += 1;
      else inserted += 1;
    }
  });
  return { value: { inserted, updated } };
}
