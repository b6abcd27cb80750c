export { Repository, type AggregateDoc, type AggregateNames, type PageRequest } from './repository';
