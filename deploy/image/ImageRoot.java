import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * Builds the file tree the container image puts on an empty ({@code scratch}) base, from the build
 * machine (Linux, x86-64, glibc): a jlinked Java runtime under {@code /opt/java}, the shared
 * libraries it and the application's JNI libraries load (found with {@code ldd}), and the few files
 * a process expects ({@code /etc/passwd} and friends, {@code /tmp}, {@code /data} for the embedded
 * store). No base image has to be pulled, so the image builds where no container registry is
 * reachable. Run by the {@code image} profile (see pom.xml), from source with the build's JDK:
 * <pre>java deploy/image/ImageRoot.java &lt;output dir&gt; &lt;modules&gt; &lt;runtime classpath&gt;</pre>
 */
class ImageRoot {

	/** ldd output: "libc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x…)" or "/lib64/ld-linux-x86-64.so.2 (0x…)". */
	private static final Pattern LIBRARY = Pattern.compile("(?:=>\\s+)?(/\\S+)\\s+\\(0x[0-9a-f]+\\)");

	/** Loaded by glibc itself (thread cancellation, unwinding), so ldd does not list it. */
	private static final List<String> LOADED_BY_GLIBC = List.of("libgcc_s.so.1");

	/**
	 * AWT's display and sound libraries need X11 and ALSA, which a headless server never loads; their
	 * dependencies are left out, so that the image does not depend on what else the build machine has.
	 */
	private static final Set<String> DISPLAY_LIBRARIES = Set.of("libawt_xawt.so", "libjawt.so",
			"libsplashscreen.so", "libjsound.so");

	private static final Path LOCALE = Path.of("/usr/lib/locale/C.utf8");

	private static final List<Path> LIBRARY_DIRECTORIES = Stream
		.of("/lib/x86_64-linux-gnu", "/usr/lib/x86_64-linux-gnu", "/lib64", "/usr/lib64")
		.map(Path::of)
		.toList();

	public static void main(String[] args) throws Exception {
		if (args.length != 3) {
			throw new IllegalArgumentException("usage: ImageRoot <output dir> <modules> <runtime classpath>");
		}
		if (!System.getProperty("os.name").equals("Linux") || !System.getProperty("os.arch").equals("amd64")) {
			throw new IllegalStateException("the image is assembled from this machine's libraries: needs Linux x86-64, not "
					+ System.getProperty("os.name") + " " + System.getProperty("os.arch"));
		}
		Path root = Path.of(args[0]).toAbsolutePath();
		deleteTree(root);
		Path java = root.resolve("opt/java");
		Files.createDirectories(java.getParent());
		run(ToolProvider.findFirst("jlink").orElseThrow(() -> new IllegalStateException("no jlink in " + System.getProperty("java.home"))),
				"--add-modules", args[1], "--output", java.toString(), "--strip-debug", "--no-man-pages",
				"--no-header-files", "--generate-cds-archive");
		Set<Path> libraries = sharedLibraries(java, args[2]);
		for (Path library : libraries) {
			// the real file under the name the loader asks for (links resolved: the image has no /usr merge)
			Path target = root.resolve(library.toString().substring(1));
			Files.createDirectories(target.getParent());
			Files.copy(library, target, StandardCopyOption.REPLACE_EXISTING);
		}
		systemFiles(root);

		long bytes;
		try (Stream<Path> files = Files.walk(root)) {
			bytes = files.filter(Files::isRegularFile).mapToLong(ImageRoot::size).sum();
		}
		System.out.printf("image root %s: Java runtime of %s (%s) and %d shared libraries, %d MB%n", root,
				System.getProperty("java.home"), args[1], libraries.size(), bytes >> 20);
		libraries.forEach(l -> System.out.println("  " + l));
	}

	/** What the runtime's programs and libraries, the JNI libraries in the jars, and glibc itself load. */
	private static Set<Path> sharedLibraries(Path java, String classpath) throws Exception {
		Set<Path> libraries = new TreeSet<>();
		List<Path> elfFiles;
		try (Stream<Path> files = Files.walk(java)) {
			elfFiles = files.filter(ImageRoot::isElf).toList();
		}
		Set<String> ownLibraries = elfFiles.stream().map(f -> f.getFileName().toString()).collect(Collectors.toSet());
		for (Path file : elfFiles) {
			if (!DISPLAY_LIBRARIES.contains(file.getFileName().toString())) {
				libraries.addAll(ldd(file, ownLibraries));
			}
		}
		Path jni = Files.createTempDirectory("image-jni");
		try {
			for (Path library : extractNativeLibraries(classpath, jni)) {
				libraries.addAll(ldd(library, null));
			}
		}
		finally {
			deleteTree(jni);
		}
		for (String name : LOADED_BY_GLIBC) {
			Path library = LIBRARY_DIRECTORIES.stream().map(d -> d.resolve(name)).filter(Files::exists).findFirst()
				.orElseThrow(() -> new IllegalStateException(name + " not found in " + LIBRARY_DIRECTORIES));
			libraries.add(library);
			libraries.addAll(ldd(library, Set.of()));
		}
		libraries.removeIf(l -> l.startsWith(java) || l.startsWith(jni));
		return libraries;
	}

	/** The user the image runs as, name lookup, the C.UTF-8 locale, and the writable directories. */
	private static void systemFiles(Path root) throws IOException {
		// glibc's C.UTF-8 locale (the image sets LANG=C.UTF-8): without it the JVM encodes file names and
		// console output (Chinese names in log lines) as ASCII
		copyTree(LOCALE, root.resolve(LOCALE.toString().substring(1)));
		write(root, "etc/passwd", "root:x:0:0:root:/root:/sbin/nologin\napp:x:1000:1000:silver-graph:/data:/sbin/nologin\n");
		write(root, "etc/group", "root:x:0:\napp:x:1000:\n");
		write(root, "etc/nsswitch.conf", "passwd: files\ngroup: files\nhosts: files dns\n");
		// a container runtime mounts its own /etc/hosts over this one (and adds /etc/resolv.conf)
		write(root, "etc/hosts", "127.0.0.1 localhost\n::1 localhost\n");
		Files.createDirectories(root.resolve("tmp"));
		Files.createDirectories(root.resolve("data"));
	}

	private static void run(ToolProvider tool, String... args) {
		int status = tool.run(System.out, System.err, args);
		if (status != 0) {
			throw new IllegalStateException(tool.name() + " failed with status " + status);
		}
	}

	private static boolean isElf(Path file) {
		if (!Files.isRegularFile(file)) {
			return false;
		}
		try (InputStream in = Files.newInputStream(file)) {
			byte[] magic = in.readNBytes(4);
			return magic.length == 4 && magic[0] == 0x7f && magic[1] == 'E' && magic[2] == 'L' && magic[3] == 'F';
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The libraries {@code ldd} resolves for the file; empty for one it cannot load (another architecture).
	 * A library this machine lacks fails the build, unless it is one of {@code provided} (the runtime's own
	 * libjvm.so, loaded before the library that needs it); for a JNI library ({@code provided} null) it
	 * is only reported: jars carry variants, e.g. for musl, that this runtime never loads.
	 */
	private static List<Path> ldd(Path elf, Set<String> provided) throws IOException, InterruptedException {
		Process ldd = new ProcessBuilder("ldd", elf.toString()).redirectErrorStream(true).start();
		String output = new String(ldd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (ldd.waitFor() != 0) {
			return List.of();
		}
		List<Path> libraries = new ArrayList<>();
		for (String line : output.lines().toList()) {
			if (line.contains("=> not found")) {
				String name = line.substring(0, line.indexOf("=>")).trim();
				String problem = elf.getFileName() + " needs a library this machine lacks: " + name;
				if (provided == null) {
					System.out.println("not for this platform, its libraries left out: " + problem);
					return List.of();
				}
				if (!provided.contains(name)) {
					throw new IllegalStateException(problem);
				}
			}
			Matcher m = LIBRARY.matcher(line);
			if (m.find()) {
				libraries.add(Path.of(m.group(1)));
			}
		}
		return libraries;
	}

	/** JNI libraries inside the jars (Netty's epoll transport, JNA, zstd…), extracted for {@code ldd}. */
	private static List<Path> extractNativeLibraries(String classpath, Path into) throws IOException {
		List<Path> extracted = new ArrayList<>();
		for (String entry : classpath.split(java.io.File.pathSeparator)) {
			if (!entry.endsWith(".jar")) {
				continue;
			}
			try (var jar = new ZipFile(entry)) {
				for (var e : jar.stream().filter(e -> e.getName().endsWith(".so")).toList()) {
					Path target = into.resolve(extracted.size() + "-" + Path.of(e.getName()).getFileName());
					try (InputStream in = jar.getInputStream(e)) {
						Files.copy(in, target);
					}
					extracted.add(target);
				}
			}
		}
		return extracted;
	}

	private static void write(Path root, String file, String content) throws IOException {
		Path target = root.resolve(file);
		Files.createDirectories(target.getParent());
		Files.writeString(target, content, StandardCharsets.UTF_8);
	}

	private static void copyTree(Path from, Path to) throws IOException {
		if (!Files.isDirectory(from)) {
			throw new IllegalStateException(from + " not found (glibc's C.UTF-8 locale; on Debian and Ubuntu in libc-bin)");
		}
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.toList()) {
				Path target = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(file, target);
				}
			}
		}
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void deleteTree(Path dir) throws IOException {
		if (Files.exists(dir)) {
			try (Stream<Path> files = Files.walk(dir)) {
				for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
					Files.delete(p);
				}
			}
		}
	}

}
