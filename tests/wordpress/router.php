<?php
/*
 * Router for `php -S` in front of a WordPress web root (Debian's /usr/share/wordpress, or the
 * extracted current release; `php -S -t` names it), started by tests/wordpress/site.ts. The
 * built-in server hands every request to this script first:
 *  - /wp-content/... is served from the site's own WP_CONTENT_DIR (uploads, themes), which
 *    Debian keeps outside the web root;
 *  - files in the web root (wp-admin, wp-includes, wp-login.php ...) are left to php -S;
 *  - every other path goes to index.php, which is what makes /wp-json/ and pretty
 *    permalinks work.
 * php -S passes no environment into $_SERVER, so the config name Debian's wp-config.php
 * looks for (/etc/wordpress/config-NAME.php) is set here from the process environment.
 * SPALT_WP_MAX_BODY, when set, is a request body limit in bytes, answered with 413.
 */

$_SERVER['WORDPRESS_CONFIG'] = (string) getenv('SPALT_WP_CONFIG');

// A front web server's body limit (nginx's client_max_body_size), when a test asks for one:
// refused before WordPress runs, with nginx's own kind of answer.
$max_body = (int) getenv('SPALT_WP_MAX_BODY');
if ($max_body > 0 && (int) ($_SERVER['CONTENT_LENGTH'] ?? 0) > $max_body) {
    http_response_code(413);
    header('Content-Type: text/html');
    echo "<html>\r\n<head><title>413 Request Entity Too Large</title></head>\r\n<body>\r\n<center><h1>413 Request Entity Too Large</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
    exit;
}

$path = rawurldecode((string) parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH));
if ($path === '' || $path[0] !== '/') {
    $path = '/' . $path;
}
$segments = explode('/', $path);
if (in_array('..', $segments, true) || str_contains($path, "\0")) {
    http_response_code(400);
    exit;
}

if (str_starts_with($path, '/wp-content/')) {
    $file = rtrim((string) getenv('SPALT_WP_CONTENT_DIR'), '/') . substr($path, strlen('/wp-content'));
    if (!is_file($file) || preg_match('/\.(php|phtml|phar)$/i', $file)) {
        http_response_code(404);
        header('Content-Type: text/plain');
        echo "Not found\n";
        exit;
    }
    $types = [
        'jpg' => 'image/jpeg', 'jpeg' => 'image/jpeg', 'png' => 'image/png', 'gif' => 'image/gif',
        'webp' => 'image/webp', 'avif' => 'image/avif', 'svg' => 'image/svg+xml',
        'ico' => 'image/x-icon', 'css' => 'text/css', 'js' => 'text/javascript',
        'json' => 'application/json', 'woff' => 'font/woff', 'woff2' => 'font/woff2',
        'ttf' => 'font/ttf', 'txt' => 'text/plain', 'html' => 'text/html', 'pdf' => 'application/pdf',
        'mp3' => 'audio/mpeg', 'mp4' => 'video/mp4', 'webm' => 'video/webm',
    ];
    $extension = strtolower(pathinfo($file, PATHINFO_EXTENSION));
    $type = $types[$extension] ?? (mime_content_type($file) ?: 'application/octet-stream');
    header('Content-Type: ' . $type);
    header('Content-Length: ' . filesize($file));
    header('Cache-Control: no-cache');
    if ($_SERVER['REQUEST_METHOD'] !== 'HEAD') {
        readfile($file);
    }
    exit;
}

$root = rtrim($_SERVER['DOCUMENT_ROOT'], '/');
$target = $root . $path;
if ($path !== '/' && is_dir($target) && is_file(rtrim($target, '/') . '/index.php')) {
    if (!str_ends_with($path, '/')) {
        $query = parse_url($_SERVER['REQUEST_URI'], PHP_URL_QUERY);
        header('Location: ' . $path . '/' . ($query ? '?' . $query : ''), true, 301);
        exit;
    }
    return false;
}
if ($path !== '/' && is_file($target)) {
    return false;
}

$_SERVER['SCRIPT_NAME'] = '/index.php';
$_SERVER['PHP_SELF'] = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $root . '/index.php';
chdir($root);
require $root . '/index.php';
