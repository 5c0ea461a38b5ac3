/**
 * The message patterns of the programmes service with their requests and replies (RpcMap). Patterns
 * not listed yet are called through `ServiceClients.callUntyped` until they are.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled pattern by pattern
export interface ProgrammesRpc {}
