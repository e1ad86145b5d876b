package org.paperkg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.paperkg.source.InputError;

/** Which inputs are read as local files and which through Hadoop's FileSystem, and in what order. */
class InputListingTest {
    @Test
    void pathsWithoutASchemeAreLocal() {
        assertTrue(InputListing.isLocal("../shared/seeds"));
        assertTrue(InputListing.isLocal("/data/a b [1] #2.jsonl"));
        assertTrue(InputListing.isLocal("file:/data/x.jsonl"));
        assertTrue(InputListing.isLocal("C:/data/x.jsonl"));
        assertFalse(InputListing.isLocal("hdfs://nn:8020/data/x.jsonl"));
        assertFalse(InputListing.isLocal("s3a://bucket/x.jsonl.gz"));
    }

    @Test
    void aLocalFolderIsListedAsIngestReadsIt() {
        List<InputError> errors = new ArrayList<>();
        List<String> files = InputListing.files(List.of("src/test/resources/inputs", "no/such/path"), new Configuration(), errors::add);
        assertEquals(files.stream().sorted().toList(), files, "a folder's files in name order");
        assertTrue(files.stream().anyMatch(f -> f.endsWith("papers.jsonl")));
        assertEquals(1, errors.size());
        assertEquals("no/such/path: no such file or folder", errors.get(0).toString());
    }

    @Test
    void aHadoopPathIsListedAndReadThroughItsFileSystem() {
        // file:// goes through Hadoop's local FileSystem, as hdfs:// or s3a:// go through theirs.
        String folder = new java.io.File("src/test/resources/inputs").getAbsoluteFile().toURI().toString();
        List<InputError> errors = new ArrayList<>();
        List<String> local = InputListing.files(List.of("src/test/resources/inputs"), new Configuration(), errors::add);
        List<String> hadoop = InputListing.hadoopFiles(folder, new Configuration(), errors::add);
        assertEquals(local.stream().map(f -> new java.io.File(f).getName()).toList(),
                hadoop.stream().map(f -> f.substring(f.lastIndexOf('/') + 1)).toList());
        assertTrue(errors.isEmpty());
        String jsonl = hadoop.stream().filter(f -> f.endsWith("papers.jsonl")).findFirst().orElseThrow();
        String localJsonl = local.stream().filter(f -> f.endsWith("papers.jsonl")).findFirst().orElseThrow();
        List<SourceRecord> viaHadoop = FileRecords.readThroughHadoop(3, jsonl, org.paperkg.source.SourceFormat.AUTO);
        List<SourceRecord> direct = FileRecords.read(3, localJsonl, org.paperkg.source.SourceFormat.AUTO);
        assertEquals(direct.size(), viaHadoop.size());
        for (int i = 0; i < direct.size(); i++) {
            SourceRecord d = direct.get(i);
            SourceRecord h = viaHadoop.get(i);
            assertEquals(d.order(), h.order());
            if (d.paper() != null) {
                assertEquals(d.paper().id(), h.paper().id());
                assertEquals(jsonl, h.paper().origin().file(), "the record names the file as given");
            }
        }
    }
}
