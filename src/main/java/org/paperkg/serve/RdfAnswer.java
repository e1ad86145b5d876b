package org.paperkg.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.DEF;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.ActionLib;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.Responses;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.WebContent;
import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.shared.JenaException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.web.HttpSC;

/**
 * Sends a CONSTRUCT or DESCRIBE answer, written whole into memory before the response starts, and only if the writing
 * ends by the query's deadline. Fuseki writes these answers after the query timeout, straight to the response: the
 * JSON-LD of a large graph took half a minute past a 2 s timeout, and a writer that failed after the first buffer
 * had already sent 200. Here the writing runs on a writer thread while the request waits for it until the deadline;
 * past it the request gets the timeout's 503 and the writer is stopped at its next write. The format is chosen as
 * Fuseki chooses it ({@code Accept}, {@code ?output=}/{@code ?format=}, {@code ?force-accept=}).
 */
final class RdfAnswer {
    private final ThreadPoolExecutor writers;

    /** At most {@code threads} answers are written at once; the threads go when idle. */
    RdfAnswer(int threads) {
        writers = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "paperkg-answer-writer");
            t.setDaemon(true);
            return t;
        });
        writers.allowCoreThreadTimeOut(true);
    }

    /** Writes {@code answer} to the response, or throws the error to answer instead; {@code deadline} is a nanoTime. */
    void send(HttpAction action, DatasetGraph answer, long deadline) {
        String contentType = contentType(action);
        Lang lang = RDFLanguages.contentTypeToLang(contentType);
        if (lang == null) {
            ServletOps.errorBadRequest("Can't determine output content type: " + contentType);
        }
        RDFFormat format = ActionLib.getNetworkFormatForLang(lang);
        byte[] bytes = writeBy(deadline, answer, format);
        ServletOps.setNoCache(action);
        boolean xml = contentType.equals(WebContent.contentTypeRDFXML);
        action.setResponseContentType(xml ? contentType : contentType + "; charset=" + WebContent.charsetUTF8);
        action.setResponseContentLengthLong(bytes.length);
        action.setResponseStatus(HttpSC.OK_200);
        try {
            action.getResponseOutputStream().write(bytes);
        } catch (IOException e) {
            ServletOps.errorOccurred(e);   // the client went away
        }
    }

    /** The answer in {@code format}, written on a writer thread; the timeout's exception once {@code deadline} passes. */
    byte[] writeBy(long deadline, DatasetGraph answer, RDFFormat format) {
        Future<byte[]> written = writers.submit(() -> {
            DeadlineBuffer out = new DeadlineBuffer(deadline);
            if (org.paperkg.dump.JsonLd.isJsonLd(format.getLang())) {
                org.paperkg.dump.JsonLd.write(out, answer.getDefaultGraph());   // @context first, as in a dump
            } else if (RDFLanguages.isQuads(format.getLang())) {
                RDFDataMgr.write(out, answer, format);
            } else {
                RDFDataMgr.write(out, answer.getDefaultGraph(), format);
            }
            return out.toByteArray();
        });
        try {
            return written.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            written.cancel(true);
            throw new QueryCancelledException();
        } catch (InterruptedException e) {
            written.cancel(true);
            Thread.currentThread().interrupt();
            throw new QueryCancelledException();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ActionErrorException || cause instanceof QueryCancelledException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof JenaException) {
                ServletOps.errorOccurred("Failed to write output: " + cause.getMessage(), cause);
            }
            throw new IllegalStateException("writing the answer failed", cause);
        }
    }

    /** The content type Fuseki would answer a CONSTRUCT with; 406 when the request accepts none of them. */
    private static String contentType(HttpAction action) {
        MediaType accepted = ConNeg.chooseContentType(action.getRequest(), DEF.constructOffer, DEF.acceptTurtle);
        String contentType = accepted == null ? null : accepted.getContentTypeStr();
        String output = parameter(action, HttpNames.paramOutput1, HttpNames.paramOutput2, HttpNames.paramOutput3);
        if (output != null) {
            contentType = Responses.shortNamesGraph.getOrDefault(output.toLowerCase(java.util.Locale.ROOT), output);
        }
        String forced = parameter(action, HttpNames.paramForceAccept);
        if (forced != null) {
            contentType = forced;
        }
        if (contentType == null) {
            ServletOps.error(HttpSC.NOT_ACCEPTABLE_406, "Accept: " + action.getRequestHeader("Accept") + " : Not understood");
        }
        return contentType;
    }

    private static String parameter(HttpAction action, String... names) {
        for (String name : names) {
            String value = action.getRequestParameter(name);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    /** An in-memory buffer that stops its writer, as a query timeout does, once the deadline has passed. */
    private static final class DeadlineBuffer extends ByteArrayOutputStream {
        private final long deadline;

        DeadlineBuffer(long deadline) {
            super(64 * 1024);
            this.deadline = deadline;
        }

        private void check() {
            if (System.nanoTime() - deadline > 0 || Thread.currentThread().isInterrupted()) {
                throw new QueryCancelledException();
            }
        }

        @Override
        public synchronized void write(int b) {
            check();
            super.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            check();
            super.write(b, off, len);
        }
    }
}
