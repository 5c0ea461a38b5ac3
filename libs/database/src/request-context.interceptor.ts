import { MikroORM, RequestContext } from '@mikro-orm/core';
import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { Observable } from 'rxjs';

/** Gives every message handler its own identity map (ARCHITECTURE.md: no global context). */
@Injectable()
export class OrmRequestContextInterceptor implements NestInterceptor {
  constructor(private readonly orm: MikroORM) {}

  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return new Observable((subscriber) =>
      RequestContext.create(this.orm.em, () => {
        next.handle().subscribe(subscriber);
      }),
    );
  }
}
