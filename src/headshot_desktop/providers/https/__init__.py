"""What every provider that talks HTTPS shares: addresses and certificates, retries, cancel, reading answers.

A provider package builds its own client on ``HttpsClient``, giving it its headers and
its own reading of error answers; everything else (TLS, timeouts, backoff, the
billing-safe rule for paid requests, shutting a socket on cancel, saying where a request is: uploading, waiting,
receiving) is the same for all.
"""
