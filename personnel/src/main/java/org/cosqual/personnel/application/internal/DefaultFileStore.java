package org.cosqual.personnel.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import org.cosqual.personnel.application.Caller;
import org.cosqual.personnel.application.DataDirectory;
import org.cosqual.personnel.application.FileStore;
import org.cosqual.personnel.domain.model.file.FileFormat;
import org.cosqual.personnel.domain.model.file.FileUse;
import org.cosqual.personnel.domain.model.file.StoredFile;
import org.cosqual.personnel.domain.model.file.StoredFileRepository;
import org.cosqual.personnel.domain.shared.BusinessException;

/**
 * Files on disk under the data directory, named by their SHA-256: {@code files/<2 hex>/<next 2
 * hex>/<sha256>}. An upload is first written to {@code tmp/} (on the same disk, left out of
 * backups) while its digest and size are computed, then checked, then renamed into place in one
 * atomic step, so a file under {@code files/} is always complete.
 *
 * <p>The file is in place before its row is written. If the transaction then rolls back, the file
 * stays without a row: harmless, as a later upload of the same content reuses it, and never the
 * other way round (a row without its file). Files are never deleted by the portal.
 */
@ApplicationScoped
@Transactional
public class DefaultFileStore implements FileStore {

  static final String FILES = "files";
  static final String TEMP = "tmp";
  private static final int BUFFER = 64 * 1024;

  @Inject StoredFileRepository files;
  @Inject DataDirectory dataDirectory;
  @Inject Caller caller;
  @Inject Clock clock;

  @Override
  public StoredFile store(FileUse use, String fileName, InputStream content) {
    String name = StoredFile.cleanFileName(fileName);
    try {
      Path temp = newTempFile();
      try {
        Received received = receive(content, temp, use);
        FileFormat format =
            FileFormat.ofMediaType(ContentTypes.mediaType(temp))
                .filter(use::accepts)
                .orElseThrow(() -> new BusinessException("error.file.type", use.formatNames()));
        moveIntoPlace(temp, received.sha256());
        return files.store(
            new StoredFile(
                received.sha256(),
                name,
                format,
                received.size(),
                use,
                clock.instant(),
                caller.name()));
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot store an upload in " + dataDirectory.root(), e);
    }
  }

  @Override
  public Optional<StoredFile> findFile(long id) {
    return files.find(id);
  }

  @Override
  public InputStream open(StoredFile file) {
    try {
      return Files.newInputStream(blobPath(file.getSha256()));
    } catch (NoSuchFileException e) {
      throw new BusinessException("error.file.missing", file.getFileName());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where the content with this SHA-256 lives. */
  Path blobPath(String sha256) {
    return dataDirectory
        .root()
        .resolve(FILES)
        .resolve(sha256.substring(0, 2))
        .resolve(sha256.substring(2, 4))
        .resolve(sha256);
  }

  private Path newTempFile() throws IOException {
    Path folder = Files.createDirectories(dataDirectory.root().resolve(TEMP));
    return Files.createTempFile(folder, "upload-", ".part");
  }

  /** Copies the upload to {@code temp}, refusing it as soon as it passes the use's limit. */
  private static Received receive(InputStream content, Path temp, FileUse use) throws IOException {
    MessageDigest digest = sha256();
    long size = 0;
    byte[] buffer = new byte[BUFFER];
    try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
        OutputStream out = Channels.newOutputStream(channel)) {
      int read;
      while ((read = content.read(buffer)) != -1) {
        size += read;
        if (size > use.maxBytes()) {
          throw new BusinessException("error.file.tooLarge", use.maxMegabytes());
        }
        digest.update(buffer, 0, read);
        out.write(buffer, 0, read);
      }
      channel.force(true);
    }
    if (size == 0) {
      throw new BusinessException("error.file.empty");
    }
    return new Received(HexFormat.of().formatHex(digest.digest()), size);
  }

  private void moveIntoPlace(Path temp, String sha256) throws IOException {
    Path target = blobPath(sha256);
    if (Files.exists(target)) {
      return;
    }
    Files.createDirectories(target.getParent());
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException e) {
      // The same content arrived at the same moment through another upload: it is in place.
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }

  private record Received(String sha256, long size) {}
}
