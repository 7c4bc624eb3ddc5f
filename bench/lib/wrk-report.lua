-- Prints wrk's figures as one JSON line after its own report, for bench/lib/wrk.ts to read.
-- (No request or response hooks: defining them would make wrk call Lua per request and slow it.)
done = function(summary, latency, requests)
  io.write(string.format(
    'WRK_JSON {"requests":%d,"micros":%d,"bytes":%d,"p50":%d,"p99":%d,' ..
      '"status":%d,"connect":%d,"read":%d,"write":%d,"timeout":%d}\n',
    summary.requests, summary.duration, summary.bytes, latency:percentile(50), latency:percentile(99),
    summary.errors.status, summary.errors.connect, summary.errors.read, summary.errors.write,
    summary.errors.timeout))
end
