#!/bin/sh
# Stand-in for Prisma's native schema engine, which cannot be downloaded on offline machines.
# `prisma generate` only needs the variable to point at a file; anything that really runs the
# engine (migrate dev/deploy/diff, db push) is not supported here: use `npm run db:migrate`.
echo "Prisma's schema engine is not installed. Apply migrations with: npm run db:migrate" >&2
exit 1
